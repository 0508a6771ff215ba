package de.lotse;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Leaves a screenshot of the browser under {@code target/browser-failures/} when a journey fails. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        BrowserTest test = (BrowserTest) context.getRequiredTestInstance();
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName() + ".png";
        test.page()
                .screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(Path.of("target", "browser-failures", name))
                        .setFullPage(true));
    }
}
