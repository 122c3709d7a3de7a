package org.lstmworkbench.data;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Framed samples of one part (train, validation or test), ready for an LSTM.
 *
 * <p>{@code x} is in DL4J's NCW layout {@code [samples][features][timesteps]}; {@code y} is
 * {@code [samples][outputs]} in model (transformed) units, where outputs is the horizon, or
 * the timesteps for {@link FrameShape#MANY_TO_MANY}; {@code yOriginal} holds the same
 * targets in original units; {@code targetIndices[i][j]} is the series index of output
 * {@code j} of sample {@code i}. Arrays are copied in and out.
 *
 * @param shape how the windows were framed
 * @param features input features per timestep
 * @param timesteps input timesteps per sample
 * @param outputs output values per sample
 * @param x inputs {@code [samples][features][timesteps]}
 * @param y targets in model units {@code [samples][outputs]}
 * @param yOriginal targets in original units {@code [samples][outputs]}
 * @param targetIndices series index of each target {@code [samples][outputs]}
 */
public record FramedSet(FrameShape shape, int features, int timesteps, int outputs, double[][][] x,
                        double[][] y, double[][] yOriginal, int[][] targetIndices) {

    public FramedSet {
        int n = x.length;
        if (y.length != n || yOriginal.length != n || targetIndices.length != n) {
            throw new IllegalArgumentException("x, y, yOriginal and targetIndices need " + n + " samples, got "
                    + y.length + ", " + yOriginal.length + " and " + targetIndices.length);
        }
        for (int i = 0; i < n; i++) {
            if (x[i].length != features || x[i][0].length != timesteps || y[i].length != outputs
                    || yOriginal[i].length != outputs || targetIndices[i].length != outputs) {
                throw new IllegalArgumentException("sample " + i + " does not have " + features + " features x "
                        + timesteps + " timesteps in and " + outputs + " outputs");
            }
        }
        x = copy(x);
        y = copy(y);
        yOriginal = copy(yOriginal);
        targetIndices = Arrays.stream(targetIndices).map(int[]::clone).toArray(int[][]::new);
    }

    /** An empty part (for example no test part). */
    public static FramedSet empty(FrameShape shape, int features, int timesteps, int outputs) {
        return new FramedSet(shape, features, timesteps, outputs, new double[0][][], new double[0][],
                new double[0][], new int[0][]);
    }

    /** Number of samples. */
    public int size() {
        return x.length;
    }

    public boolean isEmpty() {
        return x.length == 0;
    }

    @Override
    public double[][][] x() {
        return copy(x);
    }

    @Override
    public double[][] y() {
        return copy(y);
    }

    @Override
    public double[][] yOriginal() {
        return copy(yOriginal);
    }

    @Override
    public int[][] targetIndices() {
        return Arrays.stream(targetIndices).map(int[]::clone).toArray(int[][]::new);
    }

    /** Series index of output {@code j} of sample {@code i}, without copying the table (read per epoch). */
    int targetIndex(int i, int j) {
        return targetIndices[i][j];
    }

    /** Series index of the first target of each sample (the forecast origin). */
    public int[] firstTargetIndices() {
        return Arrays.stream(targetIndices).mapToInt(t -> t[0]).toArray();
    }

    /** The samples at the given positions, in that order. */
    public FramedSet select(int[] positions) {
        return new FramedSet(shape, features, timesteps, outputs,
                Arrays.stream(positions).mapToObj(p -> x[p]).toArray(double[][][]::new),
                Arrays.stream(positions).mapToObj(p -> y[p]).toArray(double[][]::new),
                Arrays.stream(positions).mapToObj(p -> yOriginal[p]).toArray(double[][]::new),
                Arrays.stream(positions).mapToObj(p -> targetIndices[p]).toArray(int[][]::new));
    }

    /**
     * An ND4J DataSet (double precision): features {@code [samples, features, timesteps]};
     * labels {@code [samples, outputs]}, or {@code [samples, 1, timesteps]} for many-to-many
     * (one label per timestep, as DL4J's RnnOutputLayer expects).
     *
     * @throws DataException for an empty set (ND4J has no zero-sample arrays to train on)
     */
    public DataSet toDataSet() {
        if (isEmpty()) {
            throw new DataException("cannot build a DataSet from an empty " + shape + " part");
        }
        int n = size();
        double[] flat = new double[n * features * timesteps];
        int k = 0;
        for (double[][] sample : x) {
            for (double[] feature : sample) {
                for (double value : feature) {
                    flat[k++] = value;
                }
            }
        }
        INDArray input = Nd4j.create(flat, new long[] {n, features, timesteps}, 'c');
        double[] labels = Arrays.stream(y).flatMapToDouble(Arrays::stream).toArray();
        long[] labelShape = shape == FrameShape.MANY_TO_MANY ? new long[] {n, 1, outputs} : new long[] {n, outputs};
        return new DataSet(input, Nd4j.create(labels, labelShape, 'c'));
    }

    private static double[][][] copy(double[][][] a) {
        return Arrays.stream(a).map(FramedSet::copy).toArray(double[][][]::new);
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }
}
