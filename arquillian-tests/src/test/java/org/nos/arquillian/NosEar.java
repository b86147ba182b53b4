package org.nos.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR that the build produced (ear/target/nos.ear), as Arquillian deploys it. */
public final class NosEar {
    private NosEar() {
    }

    public static EnterpriseArchive fromBuild() {
        String path = System.getProperty("ear.file");
        if (path == null) throw new IllegalStateException("system property ear.file is not set (run through failsafe)");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }
}
