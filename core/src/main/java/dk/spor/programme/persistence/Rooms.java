package dk.spor.programme.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The rooms sessions can be held in. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Rooms extends CrudRepository<RoomRow, java.util.UUID> {

    List<RoomRow> listOrderByName();

    boolean existsByName(String name);
}
