package de.lotse.platform.sheets;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * An upload on an import page: the summary of an imported file in the model ({@code summary}), or
 * the problems of a rejected one ({@code problems}, {@code fileName}) with the status 422.
 */
public final class ImportUpload {

    private ImportUpload() {}

    /** Imports the file; whether it was imported. */
    public static boolean run(
            MultipartFile file, Function<byte[], ImportSummary> imports, Model model, HttpServletResponse response)
            throws IOException {
        try {
            model.addAttribute("summary", imports.apply(file == null ? null : file.getBytes()));
            return true;
        } catch (ImportRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            return false;
        }
    }
}
