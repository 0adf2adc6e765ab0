package io.briefbot.ingest.inbox;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edition date a file's name gives ({@code china-table-2022-07-08.txt}, {@code 2022-07-08_china.eml},
 * {@code 20220708.html}); null when it names none. Used only when neither the caller nor the input states a date.
 */
public final class FileNameDate {

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})(-?)(\\d{2})\\2(\\d{2})(?!\\d)");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2199;

    private FileNameDate() {
    }

    public static LocalDate of(Path file) {
        Matcher m = DATE.matcher(file.getFileName().toString());
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                try {
                    return LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                } catch (DateTimeException notADate) {
                    // digits that only look like a date, such as an order number: look further
                }
            }
        }
        return null;
    }
}
