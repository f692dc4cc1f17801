package dev.commsim.simulator.dialect.zapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.IdStrings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Z-API's id checks are written by hand for speed; they must accept exactly what zapi.md §2's patterns do. */
class ZapiIdsTest {
    private static final Pattern GROUP = Pattern.compile("^(\\d{10,31})-group$");
    private static final Pattern LEGACY_GROUP = Pattern.compile("^\\d{7,15}-\\d{9,11}$");
    private static final Pattern COMMUNITY = Pattern.compile("^\\d{10,31}$");
    private static final Pattern CONTACT = Pattern.compile("^\\d{7,15}$");
    private static final Pattern LID = Pattern.compile("^\\d{1,24}@lid$");

    @Test
    void agreeWithTheDocumentedPatterns() {
        int accepted = 0;
        for (String id : IdStrings.generate(2, 200_000, "-group", "@lid", "-")) {
            Matcher group = GROUP.matcher(id);
            String expected = group.matches() ? group.group(1) : LEGACY_GROUP.matcher(id).matches() ? id : null;
            assertThat(ZapiIds.group(id)).as(id).isEqualTo(expected);
            assertThat(ZapiIds.isCommunity(id)).as(id).isEqualTo(COMMUNITY.matcher(id).matches());
            assertThat(ZapiIds.isContact(id)).as(id).isEqualTo(CONTACT.matcher(id).matches());
            assertThat(ZapiIds.isLid(id)).as(id).isEqualTo(LID.matcher(id).matches());
            accepted += expected != null || ZapiIds.isLid(id) || ZapiIds.isContact(id) ? 1 : 0;
        }
        assertThat(accepted).as("the generator reaches valid ids too").isGreaterThan(10_000);
        assertThat(ZapiIds.group(null)).isNull();
        assertThat(ZapiIds.isLid(null)).isFalse();
    }
}
