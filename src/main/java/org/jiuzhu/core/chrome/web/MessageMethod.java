package org.jiuzhu.core.chrome.web;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.jiuzhu.core.chrome.Messages;

import java.util.List;
import java.util.Locale;

/** {@code ${msg("portal.home.title", arg...)}} in templates; the result is escaped like any other text. */
final class MessageMethod implements TemplateMethodModelEx {

    private final Messages messages;
    private final Locale locale;

    MessageMethod(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg needs a key");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
        }
        Object key = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
        return messages.get(locale, String.valueOf(key), values);
    }
}
