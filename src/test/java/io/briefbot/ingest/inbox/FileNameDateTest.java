package io.briefbot.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"china-table-2022-07-08.txt", "2022-07-08_china.eml", "20220708.html", "issue 20220708 v2.txt",
            "order-99-2022-07-08.eml", "/some/folder/2021-01-01/china-2022-07-08.txt"})
    void datesInFileNames(String name) {
        assertThat(FileNameDate.of(Path.of(name))).isEqualTo(LocalDate.of(2022, 7, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"china.txt", "issue-123456789.txt", "20221399.html", "1234567890123.eml", "2022-0708.txt",
            "18990708.txt", "2022-13-08.txt"})
    void namesWithoutADate(String name) {
        assertThat(FileNameDate.of(Path.of(name))).isNull();
    }
}
