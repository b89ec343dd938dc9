package dev.needle.bench.data;

import java.util.List;
import java.util.Random;

/** Companies, roles, tags, places and event names to dress generated records in. */
final class Vocabulary {
    static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries",
            "Wayne Enterprises", "Société Générale", "Zürich Re", "Яндекс", "Τράπεζα Πειραιώς", "株式会社ソニー",
            "Infosys", "अडानी समूह", "أرامكو", "Nordlicht GmbH", "Café Müller", "Tata Consultancy", "Mercado Libre",
            "Björk & Co", "Pied Piper", "Vandelay Industries", "Soylent", "Cyberdyne", "Monsters Inc", "Aperture",
            "Black Mesa", "Tyrell", "Wonka", "Gringotts");
    static final List<String> ROLES = List.of("Engineer", "Senior Engineer", "Designer", "UX Researcher",
            "Market Research Lead", "Founder", "Recruiter", "Product Manager", "Data Scientist", "CTO", "Sales Director",
            "Account Executive", "Consultant", "Professor", "Journalist", "Investor", "Head of Growth", "Analyst");
    static final List<String> TAGS = List.of("ux design", "market research", "hiring", "python", "java", "fundraising",
            "public speaking", "logistics", "fintech", "healthcare", "machine learning", "copywriting", "legal",
            "accounting", "devops", "mobile", "climate", "education", "retail", "open source", "mentoring", "sales");
    static final List<String> PLACES = List.of("Berlin", "Lisboa", "München", "São Paulo", "Москва", "Αθήνα", "東京",
            "서울", "دبي", "मुंबई", "Zürich", "Montréal", "Kraków", "online");
    static final List<String> EVENTS = List.of("Meetup", "Conference", "Breakfast", "Hackathon", "Job fair", "Summit",
            "Workshop", "Open day");

    private Vocabulary() {
    }

    static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
