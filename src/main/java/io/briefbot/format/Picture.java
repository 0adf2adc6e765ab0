package io.briefbot.format;

/**
 * A picture ready to send: PNG bytes, their size in pixels, a file name, and the words that say what it shows (the
 * caption, the alt text for those who cannot see it).
 */
public record Picture(byte[] png, int width, int height, String fileName, String description) {
}
