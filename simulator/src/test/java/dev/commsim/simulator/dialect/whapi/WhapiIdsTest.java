package dev.commsim.simulator.dialect.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.IdStrings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Whapi's id checks are written by hand for speed; they must accept exactly what whapi.md §2's patterns do. */
class WhapiIdsTest {
    private static final Pattern GROUP = Pattern.compile("^([\\d-]{10,31})@g\\.us$");
    private static final Pattern CONTACT = Pattern.compile("^(\\d{7,15})(@s\\.whatsapp\\.net)?$");
    private static final Pattern SEND_TO = Pattern.compile("^[\\d-]{9,31}(@[\\w.]+)?$");
    private static final Pattern INVITE = Pattern.compile("^[A-Za-z0-9]{14,22}$");

    @Test
    void agreeWithTheDocumentedPatterns() {
        int accepted = 0;
        for (String id : IdStrings.generate(1, 200_000, "@g.us", "@s.whatsapp.net", "@c.us")) {
            assertThat(WhapiIds.group(id)).as(id).isEqualTo(firstGroup(GROUP.matcher(id)));
            assertThat(WhapiIds.contact(id)).as(id).isEqualTo(firstGroup(CONTACT.matcher(id)));
            assertThat(WhapiIds.validSendTo(id)).as(id).isEqualTo(SEND_TO.matcher(id).matches());
            assertThat(WhapiIds.validInviteCode(id)).as(id).isEqualTo(INVITE.matcher(id).matches());
            accepted += WhapiIds.group(id) != null || WhapiIds.contact(id) != null || WhapiIds.validSendTo(id) ? 1 : 0;
        }
        assertThat(accepted).as("the generator reaches valid ids too").isGreaterThan(10_000);
        assertThat(WhapiIds.group(null)).isNull();
        assertThat(WhapiIds.contact(null)).isNull();
        assertThat(WhapiIds.validSendTo(null)).isFalse();
    }

    private static String firstGroup(Matcher matcher) {
        return matcher.matches() ? matcher.group(1) : null;
    }
}
