package io.briefbot.ingest.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SniffTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            - headline                                         | NULL                          | TEXT
            Date: Monday\\nFeature                             | NULL                          | TEXT
            From: a@example.test\\nDate: Mon, 3 Jun 2024\\n\\nx | NULL                          | EML
            MIME-Version: 1.0\\nContent-Type: text/plain\\n\\nx | NULL                          | EML
            From x@y Mon Jun 3\\nFrom: a\\nSubject: b\\n\\nx    | NULL                          | EML
            <p>hello</p>                                       | NULL                          | HTML
            \\n  <!DOCTYPE html><html></html>                  | NULL                          | HTML
            <p>hello</p>                                       | text/plain; charset=utf-8     | TEXT
            plain words                                        | TEXT/HTML                     | HTML
            plain words                                        | message/rfc822                | EML
            plain words                                        | application/octet-stream      | TEXT
            """)
    void sniffsFromContentTypeOrLeadingBytes(String input, String contentType, Format expected) {
        byte[] bytes = input.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(IssueParser.sniff(bytes, contentType)).isEqualTo(expected);
    }
}
