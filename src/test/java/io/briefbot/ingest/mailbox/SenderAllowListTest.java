package io.briefbot.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SenderAllowListTest {

    private final SenderAllowList allowed = SenderAllowList.of(List.of(" Briefing@Table.example ", "briefings.example", "@desk.example"));

    @Test
    void takesListedAddressesInAnyCase() {
        assertThat(allowed.allows("briefing@table.example")).isTrue();
        assertThat(allowed.allows("BRIEFING@TABLE.EXAMPLE")).isTrue();
        assertThat(allowed.allows("other@table.example")).isFalse();
    }

    @Test
    void takesListedDomainsAndTheirSubdomainsOnly() {
        assertThat(allowed.allows("news@briefings.example")).isTrue();
        assertThat(allowed.allows("news@mail.briefings.example")).isTrue();
        assertThat(allowed.allows("news@desk.example")).isTrue();
        assertThat(allowed.allows("news@notbriefings.example")).isFalse();
        assertThat(allowed.allows("briefings.example@elsewhere.example")).isFalse();
    }

    @Test
    void aMessageWithoutSenderIsNotTakenFromAList() {
        assertThat(allowed.allows(null)).isFalse();
    }

    @Test
    void anEmptyListTakesEveryone() {
        SenderAllowList everyone = SenderAllowList.of(List.of(" ", ""));

        assertThat(everyone.allows("anyone@anywhere.example")).isTrue();
        assertThat(everyone.allows(null)).isTrue();
    }
}
