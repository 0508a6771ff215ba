package de.lotse.portfolio.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.TopicId;
import de.lotse.portfolio.Topics;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's list of topics, kept by its administrators. */
@Controller
@RequestMapping("/projects/topics")
@PreAuthorize("hasRole('ADMIN')")
class TopicController {

    private final Topics topics;

    TopicController(Topics topics) {
        this.topics = topics;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("topics", topics.all());
        return "portfolio/topics";
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            topics.add(name);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            redirect.addFlashAttribute("name", name);
        }
        return "redirect:/projects/topics";
    }

    @PostMapping("/{id}")
    String rename(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            topics.rename(new TopicId(id), version, name);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "topic.stale");
        }
        return "redirect:/projects/topics";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            topics.delete(new TopicId(id), version);
            redirect.addFlashAttribute("deleted", true);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "topic.stale");
        }
        return "redirect:/projects/topics";
    }
}
