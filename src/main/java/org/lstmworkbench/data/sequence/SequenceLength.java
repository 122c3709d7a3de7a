package org.lstmworkbench.data.sequence;

/**
 * How long the sequences of a batch are made: padded to the longest in the batch (variable), or
 * all cut or padded to one fixed length chosen by the user.
 *
 * @param fixedLength the length every sequence is brought to, or 0 for variable
 */
public record SequenceLength(int fixedLength) {

    /** Padded to the longest sequence of each batch. */
    public static final SequenceLength VARIABLE = new SequenceLength(0);

    public SequenceLength {
        if (fixedLength < 0) {
            throw new IllegalArgumentException("a fixed sequence length must be at least 1 (or 0 for variable), got "
                    + fixedLength);
        }
    }

    /**
     * Every sequence brought to {@code length} steps: a longer one keeps its last {@code length}
     * steps (the ones nearest the label for a many-to-one model), a shorter one is padded.
     */
    public static SequenceLength fixed(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a fixed sequence length must be at least 1, got " + length);
        }
        return new SequenceLength(length);
    }

    public boolean isFixed() {
        return fixedLength > 0;
    }

    /** The sequence as a batch holds it: truncated to its last steps when fixed and longer. */
    public Sequence prepare(Sequence sequence) {
        return isFixed() ? sequence.lastSteps(fixedLength) : sequence;
    }
}
