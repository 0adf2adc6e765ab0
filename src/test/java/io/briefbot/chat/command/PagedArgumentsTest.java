package io.briefbot.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagedArgumentsTest {

    @Test
    void aTrailingNumberIsTheTagPage() {
        assertThat(PagedArguments.withNumber("cyber 2")).isEqualTo(new PagedArguments("cyber", 2));
        assertThat(PagedArguments.withNumber("local finance")).isEqualTo(new PagedArguments("local finance", 1));
        assertThat(PagedArguments.withNumber("2")).isEqualTo(new PagedArguments("2", 1));
        assertThat(PagedArguments.withNumber("cyber 0")).isEqualTo(new PagedArguments("cyber 0", 1));
        assertThat(PagedArguments.withNumber("cyber 99999")).isEqualTo(new PagedArguments("cyber 99999", 1));
    }

    @Test
    void searchPagesAreMarkedSoNumbersStaySearchWords() {
        assertThat(PagedArguments.withHashNumber("covid 19")).isEqualTo(new PagedArguments("covid 19", 1));
        assertThat(PagedArguments.withHashNumber("covid 19 #3")).isEqualTo(new PagedArguments("covid 19", 3));
        assertThat(PagedArguments.withHashNumber("covid 19 #3").index()).isEqualTo(2);
    }
}
