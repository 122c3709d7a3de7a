package org.lstmworkbench.model;

/**
 * Weight initialisation of input (kernel) or recurrent weights. {@code ORTHOGONAL} is Keras'
 * default for recurrent weights and is not in DL4J's enum: see {@link OrthogonalInit}.
 */
public enum WeightInitKind {
    GLOROT_UNIFORM, GLOROT_NORMAL, UNIFORM, NORMAL, LECUN_UNIFORM, LECUN_NORMAL, HE_UNIFORM, HE_NORMAL, ORTHOGONAL
}
