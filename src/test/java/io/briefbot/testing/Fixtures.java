package io.briefbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test inputs: the project's own fixture files, and the shared real sample when it is beside the project. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real China.Table sample from ../shared, which tests may read but the repository must not copy. */
    public static Optional<Path> sharedSample() {
        Path sample = Path.of("..", "shared", "samples", "china-table-2022-07.txt");
        return Files.isRegularFile(sample) ? Optional.of(sample) : Optional.empty();
    }
}
