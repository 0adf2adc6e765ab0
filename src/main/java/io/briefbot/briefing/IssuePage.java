package io.briefbot.briefing;

import java.time.LocalDate;
import java.util.List;

public record IssuePage(List<IssueSummary> items, int page, int size, long total) {

    public record IssueSummary(long id, String publication, LocalDate date, String title, List<String> headlines,
                               String editorialAuthor, int articleCount) {
    }
}
