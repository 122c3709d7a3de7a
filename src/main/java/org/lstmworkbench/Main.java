package org.lstmworkbench;
public final class Main { public static void main(String[] a) {} }
