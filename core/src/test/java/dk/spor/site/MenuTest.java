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

    @Test
    void someone_with_one_role_has_every_page_in_the_bar() {
        List<Menu.Place> places = menu.placesFor(Set.of(Role.EMPLOYEE), "/");
        assertEquals(List.of("/", "/mine-maal"), places.stream().map(p -> p.link().path()).toList());
    }

    @Test
    void the_pages_of_a_role_that_is_not_ones_own_are_grouped_where_the_first_of_them_stands() {
        // an HR person is an employee too: HR's pages stand in the bar, the employee's are one group
        Menu menu = new Menu(List.of(
                new Menu.Entry("/", "nav.home", 10, Set.of()),
                new Menu.Entry("/mine-maal", "nav.myGoals", 50, Set.of(Role.EMPLOYEE)),
                new Menu.Entry("/videnbank", "nav.knowledge", 70, Set.of()),
                new Menu.Entry("/organisation", "nav.organisation", 300, Set.of(Role.HR)),
                new Menu.Entry("/forloeb", "nav.programmes", 305, Set.of(Role.HR))));
        List<Menu.Place> places = menu.placesFor(Set.of(Role.EMPLOYEE, Role.HR), "/mine-maal/42");
        assertEquals(List.of(false, true, false, false), places.stream().map(Menu.Place::isGroup).toList());
        assertEquals("/", places.get(0).link().path());
        Menu.Place employee = places.get(1);
        assertEquals("nav.group.0", employee.label());
        assertEquals(List.of("/mine-maal", "/videnbank"), employee.items().stream().map(Menu.Item::path).toList());
        assertEquals(true, employee.active(), "the group holds the page above the one shown");
        assertEquals(List.of("/organisation", "/forloeb"), places.subList(2, 4).stream().map(p -> p.link().path())
                .toList());
    }

    @Test
    void a_manager_who_is_also_an_employee_has_the_managers_pages_in_the_bar() {
        List<Menu.Place> places = menu.placesFor(Set.of(Role.EMPLOYEE, Role.MANAGER), "/arbejdsliste");
        assertEquals("/", places.get(0).link().path());
        assertEquals(List.of("/mine-maal"), places.get(1).items().stream().map(Menu.Item::path).toList());
        assertEquals("/arbejdsliste", places.get(2).link().path());
        assertEquals(true, places.get(2).link().current());
    }
}
