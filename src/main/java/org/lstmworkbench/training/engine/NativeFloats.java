package org.lstmworkbench.training.engine;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The float twin of {@link NativeBuffer}: an off-heap block of floats that OpenBLAS's
 * {@code cblas_sgemm} reads and writes directly (the same JavaCPP binding as the double path),
 * with a reusable cursor for sub-matrix offsets and a {@link FloatBuffer} view for bulk copies to
 * and from the {@code float[]} the element-wise loops of {@link FloatKernels} work on.
 */
final class NativeFloats implements AutoCloseable {

    private final FloatPointer base;
    private final FloatPointer cursor;
    private final FloatBuffer view;

    NativeFloats(int length) {
        base = new FloatPointer(Math.max(1, length));
        base.zero();
        cursor = new FloatPointer(base);
        view = base.asBuffer();
    }

    /** The cursor positioned at {@code offset}; valid until the next call. */
    FloatPointer at(long offset) {
        return cursor.position(offset);
    }

    void get(int offset, float[] dst, int dstOffset, int n) {
        view.get(offset, dst, dstOffset, n);
    }

    void put(int offset, float[] src, int srcOffset, int n) {
        view.put(offset, src, srcOffset, n);
    }

    /** Sets {@code [offset, offset + n)} to 0. */
    void clear(int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            view.put(i, 0f);
        }
    }

    @Override
    public void close() {
        base.close();
    }

    /** As {@link NativeBuffer#gemm}, in single precision. */
    static void gemm(boolean transA, boolean transB, int m, int n, int k,
                     NativeFloats a, long aOff, int lda, NativeFloats b, long bOff, int ldb,
                     float beta, NativeFloats c, long cOff, int ldc) {
        if (a == b || a == c || b == c) {
            throw new IllegalArgumentException("gemm operands must be distinct buffers");
        }
        if (m == 0 || n == 0) {
            return;
        }
        openblas.cblas_sgemm(openblas.CblasColMajor,
                transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans,
                m, n, k, 1f, a.at(aOff), lda, b.at(bOff), ldb, beta, c.at(cOff), ldc);
    }
}
