package dk.spor.site;

import dk.spor.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The navigation shows a person the registered pages of the roles they hold, in order, the open one marked. */
class MenuTest {

    private final Menu menu = new Menu(List.of(
            new Menu.Entry("/arbejdsliste", "nav.worklist", 100, Set.of(Role.MANAGER)),
            new Menu.Entry("/", "nav.home", 10, Set.of()),
            new Menu.Entry("/mine-maal", "nav.myGoals", 50, Set.of(Role.EMPLOYEE)),
            new Menu.Entry("/organisation", "nav.organisation", 300, Set.of(Role.HR, Role.MANAGER))));

    @Test
    void an_employee_sees_the_pages_for_everyone_and_for_employees_in_order() {
        List<Menu.Item> items = menu.visibleTo(Set.of(Role.EMPLOYEE), "/");
        assertEquals(List.of("/", "/mine-maal"), items.stream().map(Menu.Item::path).toList());
        assertEquals(List.of(true, false), items.stream().map(Menu.Item::current).toList());
    }

    @Test
    void a_manager_who_is_also_an_employee_sees_each_page_once() {
        List<Menu.Item> items = menu.visibleTo(Set.of(Role.EMPLOYEE, Role.MANAGER), "/arbejdsliste");
        assertEquals(List.of("/", "/mine-maal", "/arbejdsliste", "/organisation"),
                items.stream().map(Menu.Item::path).toList());
    }

    @Test
    void a_page_below_an_entry_marks_the_entry_active_but_not_current() {
        Menu.Item goals = menu.visibleTo(Set.of(Role.EMPLOYEE), "/mine-maal/42").get(1);
        assertEquals(new Menu.Item("/mine-maal", "nav.myGoals", false, true), goals);
        Menu.Item home = menu.visibleTo(Set.of(Role.EMPLOYEE), "/mine-maal/42").get(0);
        assertEquals(false, home.active(), "the front page is not above every page");
    }
}
