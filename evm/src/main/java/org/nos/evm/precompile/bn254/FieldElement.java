package org.nos.evm.precompile.bn254;

/** The field operations that curve arithmetic needs, shared by F_p (G1) and F_p² (G2). */
public interface FieldElement<F extends FieldElement<F>> {
    F add(F o);

    F sub(F o);

    F mul(F o);

    F square();

    F dbl();

    F neg();

    /** The multiplicative inverse; zero for zero. */
    F inverse();

    boolean isZero();
}
