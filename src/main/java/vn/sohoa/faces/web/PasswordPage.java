package vn.sohoa.faces.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sohoa.faces.http.RefusalMessages;
import vn.sohoa.services.security.UserAccount;
import vn.sohoa.services.security.UserAccountException;
import vn.sohoa.services.security.UserAccounts;

/**
 * {@code /password}: a signed-in person changes their own password. The first admin is sent here
 * before anything else (its password was printed on the server's console).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PasswordPage {

    private final UserAccounts accounts;
    private final RefusalMessages refusals;
    private final MessageSource messages;

    PasswordPage(UserAccounts accounts, RefusalMessages refusals, MessageSource messages) {
        this.accounts = accounts;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/password")
    String form(Principal principal, Model model) {
        model.addAttribute("required", accounts.find(principal.getName()).map(UserAccount::mustChangePassword).orElse(false));
        return "password";
    }

    @PostMapping("/password")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String again, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, Locale locale) {
        if (!password.equals(again)) {
            return refused(messages.getMessage("web.password.mismatch", null, locale), principal, model, response);
        }
        try {
            accounts.changeOwnPassword(principal.getName(), current, password);
        } catch (UserAccountException e) {
            return refused(refusals.text(e, locale), principal, model, response);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/password?changed";
    }

    private String refused(String why, Principal principal, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("passwordError", why);
        return form(principal, model);
    }
}
