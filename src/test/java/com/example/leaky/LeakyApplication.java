package com.example.leaky;

import org.springframework.modulith.Modulithic;

/**
 * A two-module application whose {@code intake} reaches into {@code outbound}'s
 * internals: the modularity check must reject it (see
 * {@code com.aibackend.ModularityTest}).
 */
@Modulithic
public class LeakyApplication {

}
