package org.lstmworkbench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lstmworkbench.Problem;

/**
 * One 1-D convolution layer of a {@link CnnLstm}: {@code filters} kernels of {@code kernelSize}
 * steps sliding along time with a {@code stride}, their taps {@code dilation} steps apart, no
 * padding (DL4J's truncate mode, Keras' {@code padding="valid"}). Fields left out of JSON take the
 * values of {@link #DEFAULT} (64 filters of 3 steps, stride and dilation 1, ReLU: Brownlee's).
 *
 * @param filters    output channels
 * @param kernelSize steps each kernel reads
 * @param stride     steps between kernel positions
 * @param dilation   steps between a kernel's taps (1: adjacent)
 * @param activation activation of the layer's output
 */
public record ConvLayer(int filters, int kernelSize, int stride, int dilation, CellActivation activation) {

    /** Brownlee's convolution layer: 64 filters of 3 steps, ReLU. */
    public static final ConvLayer DEFAULT = new ConvLayer(64, 3, 1, 1, CellActivation.RELU);

    /** The most filters a layer may have (as many as an LSTM layer may have cells). */
    public static final int MAX_FILTERS = 1024;

    /** The longest kernel, stride or dilation. */
    public static final int MAX_STEPS = 1000;

    public ConvLayer {
        Objects.requireNonNull(activation, "activation");
    }

    /** The JSON reader: a field left out (or null) takes {@link #DEFAULT}'s value. */
    @JsonCreator
    static ConvLayer fromJson(@JsonProperty("filters") Integer filters, @JsonProperty("kernelSize") Integer kernelSize,
                              @JsonProperty("stride") Integer stride, @JsonProperty("dilation") Integer dilation,
                              @JsonProperty("activation") CellActivation activation) {
        return new ConvLayer(filters == null ? DEFAULT.filters : filters,
                kernelSize == null ? DEFAULT.kernelSize : kernelSize,
                stride == null ? DEFAULT.stride : stride,
                dilation == null ? DEFAULT.dilation : dilation,
                activation == null ? DEFAULT.activation : activation);
    }

    public ConvLayer withFilters(int v) {
        return new ConvLayer(v, kernelSize, stride, dilation, activation);
    }

    public ConvLayer withKernelSize(int v) {
        return new ConvLayer(filters, v, stride, dilation, activation);
    }

    public ConvLayer withStride(int v) {
        return new ConvLayer(filters, kernelSize, v, dilation, activation);
    }

    public ConvLayer withDilation(int v) {
        return new ConvLayer(filters, kernelSize, stride, v, activation);
    }

    public ConvLayer withActivation(CellActivation v) {
        return new ConvLayer(filters, kernelSize, stride, dilation, v);
    }

    /** Steps the kernel spans: {@code dilation (kernelSize - 1) + 1}. */
    public int span() {
        return dilation * (kernelSize - 1) + 1;
    }

    /** Output steps for {@code steps} input steps, without padding; below 1 when the kernel does not fit. */
    public int outputSteps(int steps) {
        return steps < span() ? 0 : (steps - span()) / stride + 1;
    }

    /** Trainable parameters on {@code nIn} input channels: a kernel per filter and input channel, a bias per filter. */
    public long parameterCount(long nIn) {
        return (long) kernelSize * nIn * filters + filters;
    }

    /** Problems with this layer's fields; {@code at} is its path ({@code architecture.conv[0]}). */
    List<Problem> problems(String at, int number) {
        List<Problem> p = new ArrayList<>();
        range(p, at + ".filters", "filters in convolution layer " + number, filters, MAX_FILTERS);
        range(p, at + ".kernelSize", "kernel size in convolution layer " + number, kernelSize, MAX_STEPS);
        range(p, at + ".stride", "stride in convolution layer " + number, stride, MAX_STEPS);
        range(p, at + ".dilation", "dilation in convolution layer " + number, dilation, MAX_STEPS);
        return p;
    }

    private static void range(List<Problem> p, String path, String what, int v, int max) {
        if (v < 1 || v > max) {
            p.add(new Problem(path, what + " must be 1 to " + max + ", was " + v));
        }
    }
}
