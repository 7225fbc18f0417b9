package com.counteroffer.domain.client;

/** A coach's client as listed (a job seeker has one, "Me"). */
public record Client(long id, String name, boolean archived) {
}
