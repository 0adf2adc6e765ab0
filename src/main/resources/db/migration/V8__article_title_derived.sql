-- true when the input showed no title (a news item page with paragraphs only) and the title was made from
-- the article's first sentence
alter table article add column title_derived boolean not null default false;
