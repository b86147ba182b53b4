/** Quartz in the EAR: the scheduler's start and stop, the CDI job factory, and the jobs. */
package org.nos.scheduler;
