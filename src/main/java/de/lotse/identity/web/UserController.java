package de.lotse.identity.web;

import de.lotse.identity.CurrentUser;
import de.lotse.identity.Invitations;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccountId;
import de.lotse.identity.UserAccounts;
import de.lotse.identity.UserAdministration;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.Paging;
import de.lotse.platform.StaleVersionException;
import de.lotse.tenancy.DepartmentTree;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration of the municipality's people: list, invite (and withdraw invitations), role,
 * deactivation, password reset.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    static final int PAGE_SIZE = 25;

    private final UserAdministration users;
    private final Invitations invitations;

    UserController(UserAdministration users, Invitations invitations) {
        this.users = users;
        this.invitations = invitations;
    }

    @ModelAttribute("roles")
    List<Role> roles() {
        return UserAdministration.ROLES;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser actor,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<UserAdministration.Member> members =
                users.page(new UserAdministration.Filter(q, role, active), Paging.of(page, PAGE_SIZE));
        model.addAttribute("members", members);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        model.addAttribute("invitations", invitations.ofMunicipality(actor.municipality()));
        return "identity/users/list";
    }

    @PostMapping("/invitations/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser actor, @PathVariable UUID id, RedirectAttributes redirect) {
        invitations.withdraw(actor, actor.municipality(), id);
        redirect.addFlashAttribute("invitationWithdrawn", true);
        return "redirect:/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return newForm(model, new UserForm());
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser actor,
            @Validated({Default.class, UserForm.New.class}) @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return newForm(model, form);
        }
        try {
            UserAccounts.Invitation invitation = users.invite(
                    actor, form.getEmail(), form.getDisplayName(), form.getRole(), form.getDepartmentIds());
            if (invitation.awaitsAcceptance()) {
                // not a member yet: the invitation waits on the list of people
                redirect.addFlashAttribute(
                        "invitationSent", invitation.account().email());
                return "redirect:/users";
            }
            redirect.addFlashAttribute("oneTimePassword", invitation.oneTimePassword());
            return "redirect:/users/" + invitation.account().id().value();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return newForm(model, form);
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        UserAdministration.Member member = users.get(new UserAccountId(id));
        UserForm form = new UserForm();
        form.setRole(member.role());
        form.setDepartmentIds(new java.util.ArrayList<>(member.departments()));
        form.setVersion(member.version());
        return view(model, member, form);
    }

    @PostMapping("/{id}")
    String changeRole(
            @AuthenticationPrincipal CurrentUser actor,
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccountId accountId = new UserAccountId(id);
        UserAdministration.Member member = users.get(accountId);
        if (binding.hasErrors()) {
            return view(model, member, form);
        }
        try {
            users.changeRole(actor, accountId, form.getVersion(), form.getRole(), form.getDepartmentIds());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/users/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return view(model, member, form);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            UserAdministration.Member current = (UserAdministration.Member) e.current();
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return view(model, current, form);
        }
    }

    @PostMapping("/{id}/active")
    String setActive(
            @AuthenticationPrincipal CurrentUser actor,
            @PathVariable UUID id,
            @RequestParam boolean active,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            users.setActive(actor, new UserAccountId(id), version, active);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal CurrentUser actor,
            @PathVariable UUID id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("oneTimePassword", users.resetPassword(actor, new UserAccountId(id), version));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/users/" + id;
    }

    private String newForm(Model model, UserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("tree", users.departmentTree().entries());
        return "identity/users/new";
    }

    private String view(Model model, UserAdministration.Member member, UserForm form) {
        DepartmentTree tree = users.departmentTree();
        Map<UUID, String> names = tree.entries().stream()
                .collect(Collectors.toMap(
                        entry -> entry.department().id().value(),
                        entry -> entry.department().name(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        model.addAttribute("member", member);
        model.addAttribute("canResetPassword", users.canResetPassword(member.id()));
        model.addAttribute("form", form);
        model.addAttribute("tree", tree.entries());
        model.addAttribute("departmentNames", names);
        model.addAttribute(
                "memberDepartments",
                member.departments().stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return "identity/users/view";
    }
}
