package dev.commsim.contract.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.engine.Json;
import dev.commsim.simulator.record.RecordedBody;
import dev.commsim.simulator.record.RecordedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The normalisation rules at work on single answers: masks, ids bound across forms, lists as sets, user rules. */
class AnswerComparisonTest {
    private final NormalisationRules rules = NormalisationRules.builtIn();
    private final IdBinding binding = new IdBinding();

    @Test
    void timestampsAreMaskedButMustKeepTheirType() {
        assertThat(compare("whapi", "/groups", "{\"timestamp\":1,\"name\":\"A\"}", "{\"timestamp\":99,\"name\":\"A\"}"))
                .isEmpty();
        assertThat(compare("whapi", "/groups", "{\"timestamp\":1}", "{\"timestamp\":\"1\"}"))
                .containsExactly("type $.timestamp: recorded a number 1, simulator a string \"1\"");
    }

    @Test
    void aGroupIdIsBoundOnFirstSightAndHoldsInEveryFormForTheRestOfTheFile() {
        assertThat(compare("whapi", "/communities", "{\"id\":\"120363330016374615@g.us\"}",
                "{\"id\":\"120363621712077626@g.us\"}")).isEmpty();

        // Z-API's bare community id and -group id carry the same digits.
        assertThat(compare("zapi", "/communities", "[{\"id\":\"120363330016374615\"}]", "[{\"id\":\"120363621712077626\"}]"))
                .isEmpty();
        assertThat(compare("zapi", "/groups", "{\"phone\":\"120363330016374615-group\"}",
                "{\"phone\":\"120363000000000001-group\"}")).containsExactly(
                "value $.phone: recorded \"120363330016374615-group\", simulator \"120363000000000001-group\" "
                        + "(group 120363330016374615 stands for 120363621712077626 (since #7), not 120363000000000001)");
    }

    @Test
    void anIdOfAnotherFormIsADifference() {
        assertThat(compare("whapi", "/groups", "{\"linkedParent\":\"120363330016374615@g.us\"}",
                "{\"linkedParent\":\"120363330016374615\"}")).containsExactly(
                "value $.linkedParent: recorded \"120363330016374615@g.us\", simulator \"120363330016374615\" "
                        + "(not a group id of the recorded form)");
    }

    @Test
    void twoRecordedIdsCannotStandForOneSimulatedId() {
        compare("whapi", "/groups", "{\"a\":\"15551110001\"}", "{\"a\":\"15551119999\"}");

        assertThat(compare("whapi", "/groups", "{\"b\":\"15551110002\"}", "{\"b\":\"15551119999\"}")).containsExactly(
                "value $.b: recorded \"15551110002\", simulator \"15551119999\" (the simulator's phone 15551119999 "
                        + "stands for 15551110001 (since #7), not 15551110002)");
    }

    @Test
    void listsAreSetsUnlessARuleSaysTheProviderDocumentsAnOrder() {
        String recorded = "{\"participants\":[{\"id\":\"15551110001\",\"rank\":\"creator\"},{\"id\":\"15551110002\",\"rank\":\"member\"}]}";
        String reversed = "{\"participants\":[{\"id\":\"15551110002\",\"rank\":\"member\"},{\"id\":\"15551110001\",\"rank\":\"creator\"}]}";
        binding.bind("phone", "15551110001", "15551110001", 0);
        binding.bind("phone", "15551110002", "15551110002", 0);

        assertThat(compare("whapi", "/groups", recorded, reversed)).isEmpty();
        assertThat(compare(withOrdered("participants"), "whapi", "/groups", recorded, reversed)).contains(
                "value $.participants[0].id: recorded \"15551110001\", simulator \"15551110002\" "
                        + "(phone 15551110001 stands for 15551110001 (from the starting world), not 15551110002)");
    }

    @Test
    void missingAndExtraFieldsAndItemsAreNamedByTheirPath() {
        assertThat(compare("whapi", "/groups", "{\"success\":true,\"processed\":[\"15551110004\"],\"failed\":[]}",
                "{\"success\":true,\"processed\":[],\"failed\":[],\"note\":\"x\"}")).containsExactlyInAnyOrder(
                "missing item $.processed[0]: recorded \"15551110004\", absent from the simulator's answer",
                "extra field $.note: the simulator answered \"x\", absent from the recording");
        assertThat(compare("whapi", "/groups", "{\"error\":{\"code\":404}}", "{}"))
                .containsExactly("missing field $.error: recorded {\"code\":404}, absent from the simulator's answer");
    }

    @Test
    void aDocumentationRecordingAllowsFieldsTheExampleLeftOut() {
        RecordedExchange exchange = exchange("whapi", "/groups");
        List<Difference> differences = new AnswerComparison(rules, exchange, true)
                .compare(json("{\"name\":\"A\"}"), json("{\"name\":\"A\",\"restricted\":true}"), binding);

        assertThat(differences).isEmpty();
    }

    @Test
    void messageIdsAreBoundByFieldAndTheirNextUseIsTranslated() {
        assertThat(compare("zapi", "/send-text", "{\"zaapId\":\"Z1\",\"messageId\":\"3EB0AA\",\"id\":\"3EB0AA\"}",
                "{\"zaapId\":\"Z9\",\"messageId\":\"3EB0FF\",\"id\":\"3EB0FF\"}")).isEmpty();

        RequestTranslation translation = new RequestTranslation(rules);
        assertThat(translation.body(json("{\"phone\":\"x\",\"editMessageId\":\"3EB0AA\"}"), binding).toString())
                .isEqualTo("{\"phone\":\"x\",\"editMessageId\":\"3EB0FF\"}");
    }

    @Test
    void requestsAreTranslatedInPathQueryAndBodyKeepingEachForm() {
        binding.bind("group", "120363330016374615", "120363621712077626", 3);
        binding.bind("invite", "AbCdEf1234567890XyZ123", "OM8K4HJ4qVw8e7BeLImZXO", 3);
        RequestTranslation translation = new RequestTranslation(rules);

        assertThat(translation.path("/communities/120363330016374615%40g.us/subgroups", binding))
                .isEqualTo("/communities/120363621712077626@g.us/subgroups");
        assertThat(translation.path("/group-metadata/120363330016374615-group", binding))
                .isEqualTo("/group-metadata/120363621712077626-group");
        assertThat(translation.query("url=https%3A%2F%2Fchat.whatsapp.com%2FAbCdEf1234567890XyZ123&x=1", binding))
                .isEqualTo("url=https%3A%2F%2Fchat.whatsapp.com%2FOM8K4HJ4qVw8e7BeLImZXO&x=1");
        assertThat(translation.body(json("{\"communityId\":\"120363330016374615\",\"phones\":[\"5511988887777\"],"
                + "\"invite_code\":\"AbCdEf1234567890XyZ123\"}"), binding).toString())
                .isEqualTo("{\"communityId\":\"120363621712077626\",\"phones\":[\"5511988887777\"],"
                        + "\"invite_code\":\"OM8K4HJ4qVw8e7BeLImZXO\"}");
    }

    @Test
    void aUsersRuleFileAddsRulesForFieldsWeDidNotForesee(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("rules.json"), """
                {"fields": [{"dialect": "whapi", "path": "/groups/*", "field": "name", "action": "ignore"},
                            {"field": "participants_count", "action": "mask", "why": "our test accounts churn"}]}""");
        NormalisationRules extended = rules.withUserRules(file);

        assertThat(compare(extended, "whapi", "/groups/1", "{\"name\":\"A\"}", "{}")).isEmpty();
        assertThat(compare(extended, "whapi", "/groups", "{\"name\":\"A\"}", "{}"))
                .containsExactly("missing field $.name: recorded \"A\", absent from the simulator's answer");
        assertThat(compare(extended, "whapi", "/groups", "{\"participants_count\":2}", "{\"participants_count\":3}"))
                .isEmpty();
        assertThat(compare("whapi", "/groups", "{\"participants_count\":2}", "{\"participants_count\":3}"))
                .containsExactly("value $.participants_count: recorded 2, simulator 3");
        assertThatThrownBy(() -> rules.withUserRules(Files.writeString(folder.resolve("bad.json"),
                "{\"fields\":[{\"field\":\"x\",\"action\":\"hide\"}]}")))
                .hasMessageContaining("action is mask, bind or ignore, not hide");
    }

    private List<String> compare(String dialect, String path, String recorded, String simulated) {
        return compare(rules, dialect, path, recorded, simulated);
    }

    private List<String> compare(NormalisationRules with, String dialect, String path, String recorded,
                                 String simulated) {
        return new AnswerComparison(with, exchange(dialect, path), false)
                .compare(json(recorded), json(simulated), binding).stream().map(Difference::describe).toList();
    }

    private NormalisationRules withOrdered(String field) {
        NormalisationRules ordered = NormalisationRules.parse(json("{\"ordered\":[{\"field\":\"" + field + "\"}]}"),
                "test");
        return new NormalisationRules(rules.ids(), rules.fields(), ordered.ordered(), rules.skips());
    }

    private static RecordedExchange exchange(String dialect, String path) {
        return new RecordedExchange(7, dialect + "-1", dialect, "client", Instant.EPOCH, 0, "GET", path, null,
                RecordedBody.NONE, 200, RecordedBody.NONE, null, null);
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
