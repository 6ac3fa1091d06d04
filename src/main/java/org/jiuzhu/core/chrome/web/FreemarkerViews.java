package org.jiuzhu.core.chrome.web;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.exceptions.ViewRenderingException;
import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.Messages;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code views/<name>.ftlh} with HTML auto-escaping. Micronaut's Freemarker module has no build for
 * Micronaut 4 in reach, and its defaults would not escape; this one does, and rethrows template errors so a
 * broken page is a 500 with an incident id, never half a page.
 */
@Singleton
@Produces(MediaType.TEXT_HTML)
public class FreemarkerViews implements ViewsRenderer<Object, HttpRequest<?>> {

    private final Configuration configuration;
    private final ChromeFactory chrome;
    private final Messages messages;

    FreemarkerViews(ChromeFactory chrome, Messages messages) {
        this.chrome = chrome;
        this.messages = messages;
        this.configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassLoaderForTemplateLoading(getClass().getClassLoader(), "views");
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setURLEscapingCharset(StandardCharsets.UTF_8.name());
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNumberFormat("computer");
    }

    /**
     * Renders the whole page before anything is written: a template error then becomes a 500 page with an
     * incident id instead of a response cut off half-way.
     */
    @Override
    public Writable render(String viewName, Object data, HttpRequest<?> request) {
        String html = renderToString(viewName, data, request);
        return out -> out.write(html);
    }

    public String renderToString(String viewName, Object data, HttpRequest<?> request) {
        StringWriter out = new StringWriter();
        try {
            template(viewName).process(model(data, request), out);
        } catch (TemplateException | IOException e) {
            throw new ViewRenderingException("Error rendering view " + viewName, e);
        }
        return out.toString();
    }

    @Override
    public boolean exists(String viewName) {
        try {
            configuration.getTemplate(viewName + ".ftlh");
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private Template template(String viewName) {
        try {
            return configuration.getTemplate(viewName + ".ftlh");
        } catch (IOException e) {
            throw new ViewRenderingException("No view " + viewName, e);
        }
    }

    private Map<String, Object> model(Object data, HttpRequest<?> request) {
        Locale locale = request == null ? Messages.CHINESE : Requests.locale(request);
        Map<String, Object> model = new HashMap<>();
        model.put("page", data);
        model.put("chrome", request == null ? null : chrome.of(request));
        model.put("msg", new MessageMethod(messages, locale));
        return model;
    }
}
