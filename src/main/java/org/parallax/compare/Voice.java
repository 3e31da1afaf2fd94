package org.parallax.compare;

/** How much one speaker is quoted in one article. */
public record Voice(String speaker, String speakerKey, int quotes, int words) {}
