package io.github.peacekeeping.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project.
 *
 * <p>Generated {@code Immutable*} classes are package-private ({@code visibility = PACKAGE}) and
 * never appear in a signature ({@code overshadowImplementation}); users reach them only through
 * the abstract type's {@code of(...)} factories and its public nested {@code Builder}, which
 * extends the generated builder. Generated code uses only the JDK. Collections are copied into
 * unmodifiable ones; a missing mandatory attribute makes {@code build()} throw {@link
 * IllegalStateException} naming it; a null element or value throws {@link NullPointerException}.
 *
 * <p>Not exported: an implementation detail of this module.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(prehash = false))
public @interface PeacekeepingStyle {}
