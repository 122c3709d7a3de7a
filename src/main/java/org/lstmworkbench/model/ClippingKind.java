package org.lstmworkbench.model;

/** Gradient clipping: none, element-wise by value (Keras' clipvalue), or by L2 norm per layer. */
public enum ClippingKind {
    NONE, VALUE, L2_PER_LAYER
}
