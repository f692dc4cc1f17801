package dev.commsim.contract.driver;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** REST-assured: the library the issue names; kept selectable so its cost can be measured. */
public final class RestAssuredTransport implements Transport {

    private final String baseUrl;
    private final RestAssuredConfig config = RestAssuredConfig.config();

    public RestAssuredTransport(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public Reply send(String method, String path, String bearer, String json, Map<String, String> headers) {
        RequestSpecification request = RestAssured.given().config(config).baseUri(baseUrl).urlEncodingEnabled(false);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (json != null) {
            request.contentType("application/json").body(json);
        }
        Response response = request.request(method, path);
        return new Reply(response.statusCode(), response.asString());
    }
}
