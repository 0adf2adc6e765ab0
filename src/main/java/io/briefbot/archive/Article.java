package io.briefbot.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One article of an issue: a section label, a title, a lede, body paragraphs and topic tags. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id")
    public Issue issue;

    @Column(nullable = false)
    public int position;

    public String section;

    @Column(nullable = false)
    public String title;

    /** The input showed no title: this one was made from the article's first sentence. */
    @Column(name = "title_derived", nullable = false)
    public boolean titleDerived;

    @Column(nullable = false)
    public String lede = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> paragraphs = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tag_keys", nullable = false)
    public List<String> tagKeys = new ArrayList<>();

    public String author;

    public String url;

    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    void copyContentFrom(Article other) {
        section = other.section;
        title = other.title;
        titleDerived = other.titleDerived;
        lede = other.lede;
        paragraphs = new ArrayList<>(other.paragraphs);
        tags = new ArrayList<>(other.tags);
        author = other.author;
        url = other.url;
    }

    @PrePersist
    @PreUpdate
    void deriveSearchFields() {
        tagKeys = tags.stream().map(SearchKeys::of).distinct().collect(Collectors.toCollection(ArrayList::new));
        searchText = SearchKeys.of(Stream.concat(Stream.of(title, lede), Stream.concat(paragraphs.stream(), tags.stream()))
                .collect(Collectors.joining(" ")));
    }
}
