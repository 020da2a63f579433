package org.spinflow.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON output: one object on stdout and nothing else there. */
final class Json {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
            .create();

    private Json() {
    }

    static String of(Object o) {
        return GSON.toJson(o);
    }
}
