package org.jiuzhu.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * sqlmap on the JSON API, which no crawler finds: each route with a request a client would send, every value of the
 * body, the query and the path's id marked for testing, as the caller the route is for (a caseworker's or charity's
 * session, the department's API key).
 */
final class ApiScans {

    private static final String FAMILY = "{\"regionCode\": \"990102001002\", \"urban\": false, \"members\": "
            + "[{\"relationship\": \"APPLICANT\", \"age\": 45, \"employment\": \"UNEMPLOYED\"}, {\"relationship\": "
            + "\"CHILD\", \"age\": 12, \"student\": true}], \"incomes\": [{\"kind\": \"AGRICULTURE\", \"monthly\": 900}], "
            + "\"financialAssets\": 3000}";
    private static final String UNEMPLOYED = "{\"name\": \"11月失业登记\", \"rows\": [{\"idNumber\": "
            + "\"110101199001011237\", \"name\": \"张三\", \"registeredOn\": \"2026-03-01\", \"employmentAid\": \"否\"}]}";

    private final Scans scans;
    private final Personas personas;

    ApiScans(Scans scans, Personas personas) {
        this.scans = scans;
        this.personas = personas;
    }

    List<String> run(Scans.Bounds bounds) throws Exception {
        String api = scans.base() + "api/v1/";
        String caseworker = "--cookie=" + cookies("caseworker");
        String key = "Authorization: ApiKey " + personas.departmentKey();
        List<String> findings = new ArrayList<>();
        findings.addAll(scans.sqlmap("api-assessments", bounds, json(api + "assessments", FAMILY, caseworker)));
        findings.addAll(scans.sqlmap("api-need-matches", bounds, List.of("-u", api + "needs/1*/matches?limit=10",
                caseworker, "--headers=Accept: application/json")));
        findings.addAll(scans.sqlmap("api-offer-matches", bounds, List.of("-u", api + "offers/1*/matches?limit=10",
                "--cookie=" + cookies("charity"), "--headers=Accept: application/json")));
        findings.addAll(scans.sqlmap("api-exchange", bounds, json(api + "exchanges/registered-unemployed",
                UNEMPLOYED, "--headers=" + key)));
        findings.addAll(scans.sqlmap("api-batch", bounds, List.of("-u", api + "exchanges/batches/1*",
                "--headers=" + key + "\nAccept: application/json")));
        return findings;
    }

    private static List<String> json(String url, String body, String caller) {
        return List.of("-u", url, "--data=" + body, "--headers=Content-Type: application/json\nAccept: application/json",
                caller);
    }

    private String cookies(String persona) {
        return Scans.cookieHeader(personas.logins().get(persona).cookies());
    }
}
