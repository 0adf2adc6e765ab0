package io.briefbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Checks that bytes are a PNG image, read back with the JDK's own decoder. */
public final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    /** The decoded image, after checking the PNG signature and the size in pixels. */
    public static BufferedImage assertPng(byte[] bytes, int width, int height) {
        assertThat(Arrays.copyOf(bytes, SIGNATURE.length)).as("PNG signature").isEqualTo(SIGNATURE);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("decodable image").isNotNull();
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(height);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels have exactly this colour (0xRRGGBB). */
    public static long pixelsOf(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
