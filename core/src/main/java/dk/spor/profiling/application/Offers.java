package dk.spor.profiling.application;

import dk.spor.profiling.application.ProfileViews.OfferView;
import dk.spor.profiling.model.AttitudeType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What helps each attitude type. */
@Singleton
public class Offers {

    private final DataSource dataSource;

    public Offers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public List<OfferView> forType(AttitudeType type) {
        List<OfferView> list = new ArrayList<>();
        try (PreparedStatement ps = dataSource.getConnection().prepareStatement("""
                select key, title_da, title_en, description_da, description_en from attitude_offer
                where type = ? order by position""")) {
            ps.setString(1, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new OfferView(type, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }
}
