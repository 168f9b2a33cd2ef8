package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.Properties;

/**
 * The JUnit 5 extension behind {@link Stack}: before a test class, finds or starts its stack (one per run for every
 * class that asks for the same one, kept in the root store); injects {@link StackHost}, {@link StackPort} and
 * {@link RunningStack} into parameters and fields; notes failed tests, so that a stack it started prints each
 * service's last log lines before it is removed at the end of the run.
 */
public class StackExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver,
        AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StackExtension.class);

    private final StackLauncher launcher;
    private final Properties system;

    public StackExtension() {
        this(new ServiceLauncher(ConsoleEvents.standard()), System.getProperties());
    }

    StackExtension(StackLauncher launcher, Properties system) {
        this.launcher = launcher;
        this.system = system;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        resource(context).stack(); // starts it, or fails the class with the reason
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
        for (Field field : ReflectionSupport.findFields(instance.getClass(),
                f -> !ModifierSupport.isStatic(f) && StackValues.wanted(f, f.getType()), HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(instance, StackValues.value(field, field.getType(), resource(context).stack(), field.getName()));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return StackValues.wanted(parameter.getParameter(), parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        AnnotatedElement element = parameter.getParameter();
        try {
            return StackValues.value(element, parameter.getParameter().getType(), resource(context).stack(),
                    parameter.getParameter().getName());
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            resource(context).testFailed();
        }
    }

    private StackResource resource(ExtensionContext context) {
        StackOptions options = StackOptions.resolve(annotation(context.getRequiredTestClass()), system);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(options.key(),
                key -> StackResource.open(options, system, launcher, ConsoleEvents.standard()), StackResource.class);
    }

    /** The class's {@link Stack}, or that of a class it is nested in; null when registered with ExtendWith alone. */
    static Stack annotation(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            var found = AnnotationSupport.findAnnotation(c, Stack.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }
}
