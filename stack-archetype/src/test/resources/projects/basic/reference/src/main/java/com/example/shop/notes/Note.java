package com.example.shop.notes;

import java.time.Instant;

/** The one resource of this service: a short text, stored in the database. */
public record Note(long id, String text, Instant created) {

    public String toJson() {
        return "{\"id\":" + id + ",\"text\":" + Json.string(text) + ",\"created\":" + Json.string(created.toString())
                + "}";
    }
}
