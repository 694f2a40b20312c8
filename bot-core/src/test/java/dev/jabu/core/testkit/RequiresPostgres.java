package dev.jabu.core.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests against the test PostgreSQL ({@link TestPostgres}). When it cannot be
 * reached they are left out with one line on stderr, unless {@code CI=true}: CI must run them, so
 * there they fail instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgresCondition.class)
public @interface RequiresPostgres {}
