package io.briefbot.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The fields of a form-encoded request body, as the platforms' SDKs send their calls. */
public final class FormBody {

    private FormBody() {
    }

    /** @param body a form body or a raw query; none (null) has no fields */
    public static Map<String, String> fields(String body) {
        Map<String, String> parameters = new HashMap<>();
        if (body == null) {
            return parameters;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
