package org.lstmworkbench.data;

/** How a text column chosen as an input becomes numbers; the categories are learnt from the training part. */
public enum Encoding {
    /** One 0/1 feature per category; a category unseen in training is an all-zero row. */
    ONE_HOT,
    /** One feature holding the category's code 0..k-1 (sorted order); an unseen category takes the reserved code k. */
    INTEGER
}
