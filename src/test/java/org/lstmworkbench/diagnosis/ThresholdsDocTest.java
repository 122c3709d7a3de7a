package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ThresholdsDocTest {

    @Test
    void documentsEveryThresholdConstant() throws IOException {
        String doc = Files.readString(Path.of("README.md"));
        Stream.of(Thresholds.class.getFields(), SanityChecks.class.getFields())
                .flatMap(Stream::of)
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .forEach(name -> assertThat(doc).as(name).contains("`" + name + "`").contains(name));
    }
}
