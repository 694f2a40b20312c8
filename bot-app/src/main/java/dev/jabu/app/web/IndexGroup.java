package dev.jabu.app.web;

import java.util.List;

/** The entries under one letter of the index (ㄱ, ㄴ, … or A, B, …). */
public record IndexGroup(String letter, String anchor, List<EntryLine> entries) {}
