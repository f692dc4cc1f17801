package dev.commsim.simulator.faults;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import dev.commsim.simulator.support.RunningSimulator;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad rule body is refused with 400 naming the field, and nothing is added. */
class FaultRuleValidationTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{}                                                    | a rule needs an action",
            "{\"status\":500,\"colour\":\"red\"}                   | unknown field 'colour'",
            "{\"status\":500,\"dialect\":\"twilio\"}               | 'dialect'",
            "{\"status\":500,\"method\":\"PO ST\"}                 | 'method'",
            "{\"status\":500,\"path\":\"messages/text\"}           | 'path' must start with '/'",
            "{\"status\":500,\"path\":\"/groups?count=1\"}         | 'path' is matched without the query string",
            "{\"status\":500,\"path\":\"/a**/b\"}                  | '**' only as a whole segment",
            "{\"status\":500,\"channel\":\"\"}                     | 'channel'",
            "{\"status\":600}                                      | 'status'",
            "{\"status\":\"500\"}                                  | 'status'",
            "{\"status\":204}                                      | 'status' below 400 needs a 'body'",
            "{\"body\":{\"ok\":true}}                              | 'body' needs a 'status'",
            "{\"delayMillis\":5,\"message\":\"x\"}                 | 'message'",
            "{\"status\":500,\"drop\":true}                        | 'drop'",
            "{\"drop\":\"yes\"}                                    | 'drop'",
            "{\"delayMillis\":60001}                               | 'delayMillis'",
            "{\"delayMillis\":-1}                                  | 'delayMillis'",
            "{\"delayMillis\":10,\"delayRandomMillis\":{\"min\":1,\"max\":2}} | at most one of 'delayMillis' or 'delayRandomMillis'",
            "{\"delayRandomMillis\":{\"min\":20,\"max\":10}}       | 'delayRandomMillis'",
            "{\"delayRandomMillis\":{\"min\":0,\"max\":70000}}     | 'delayRandomMillis'",
            "{\"delayRandomMillis\":50}                            | 'delayRandomMillis'",
            "{\"status\":500,\"times\":0}                          | 'times'",
            "{\"status\":500,\"probability\":1.5}                  | 'probability'",
            "{\"status\":500,\"probability\":\"half\"}             | 'probability'",
            "{\"status\":500,\"seed\":1.5}                         | 'seed'",
            "[1,2]                                                 | JSON object",
            "{not json                                             | not valid JSON",
    })
    void aBadRuleIsRefusedNamingTheField(String body, String problem) {
        SIM.control().body(body).post("/_sim/faults").then().statusCode(400).body("error", containsString(problem));
        SIM.control().get("/_sim/faults").then().statusCode(200).body("faults", hasSize(0));
    }
}
