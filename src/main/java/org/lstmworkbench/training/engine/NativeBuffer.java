package org.lstmworkbench.training.engine;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * An off-heap block of doubles that OpenBLAS reads and writes directly, with a reusable cursor
 * for sub-matrix offsets (so a matrix product allocates nothing) and a {@link DoubleBuffer} view
 * for bulk copies to and from the Java arrays the element-wise loops work on. Matrices are
 * column-major, as {@link ParamLayout}'s views are.
 */
final class NativeBuffer implements AutoCloseable {

    private final DoublePointer base;
    private final DoublePointer cursor;
    private final DoubleBuffer view;
    private final int length;

    NativeBuffer(int length) {
        this.length = length;
        base = new DoublePointer(Math.max(1, length));
        base.zero();
        cursor = new DoublePointer(base);
        view = base.asBuffer();
    }

    int length() {
        return length;
    }

    /** The cursor positioned at {@code offset}; valid until the next call. */
    DoublePointer at(long offset) {
        return cursor.position(offset);
    }

    void get(int offset, double[] dst, int dstOffset, int n) {
        view.get(offset, dst, dstOffset, n);
    }

    void put(int offset, double[] src, int srcOffset, int n) {
        view.put(offset, src, srcOffset, n);
    }

    double get(int index) {
        return view.get(index);
    }

    void put(int index, double v) {
        view.put(index, v);
    }

    /** Sets {@code [offset, offset + n)} to 0. */
    void clear(int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            view.put(i, 0.0);
        }
    }

    @Override
    public void close() {
        base.close();
    }

    /**
     * {@code C = op(A) op(B) + beta C} on column-major sub-matrices: {@code op(A)} is m x k,
     * {@code op(B)} k x n, C m x n. A, B and C must be three different buffers (each has one cursor).
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     NativeBuffer a, long aOff, int lda, NativeBuffer b, long bOff, int ldb,
                     double beta, NativeBuffer c, long cOff, int ldc) {
        if (a == b || a == c || b == c) {
            throw new IllegalArgumentException("gemm operands must be distinct buffers");
        }
        if (m == 0 || n == 0) {
            return;
        }
        openblas.cblas_dgemm(openblas.CblasColMajor,
                transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans,
                m, n, k, 1.0, a.at(aOff), lda, b.at(bOff), ldb, beta, c.at(cOff), ldc);
    }
}
