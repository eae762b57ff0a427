import type { ContentSpec } from './contentItems.ts'

/** The editors' inbox: referents' suggestions at every stage of the workflow before approval. */
export const contentSuggestions: ContentSpec[] = [
  {
    key: 'borne-recharge-ehpad-clermont',
    title: 'Clermont-Ferrand : nos équipes équipent un Ehpad de bornes de recharge',
    summary: 'Huit bornes pour les véhicules du personnel et des familles, pilotées pour ne pas dépasser la puissance souscrite.',
    body: ['L’agence de Clermont-Ferrand a installé huit points de charge avec un pilotage dynamique qui évite tout renforcement du raccordement électrique.'],
    category: 'relay',
    stage: 'suggested',
    network: 'ara',
    themes: ['projets-realisations'],
    shares: {
      linkedin:
        'Des bornes de recharge sans augmenter l’abonnement électrique : c’est possible avec le pilotage dynamique, comme à l’Ehpad Les Volcans de Clermont-Ferrand, équipé par notre agence. #MobilitéÉlectrique',
    },
  },
  {
    key: 'olympiades-metiers-apprentis',
    title: 'Nos apprentis médaillés aux Olympiades des métiers',
    summary: 'Deux apprentis de l’agence de Nantes décrochent l’or et le bronze en installation thermique aux sélections régionales.',
    body: ['Maël et Sarah, apprentis en BP Monteur en installations thermiques, représenteront les Pays de la Loire à la finale nationale.'],
    category: 'programme',
    stage: 'suggested',
    network: 'pdl',
    themes: ['rh-marque-employeur', 'recrutement-alternance'],
    shares: {
      linkedin:
        'Or et bronze pour nos apprentis Maël et Sarah aux Olympiades des métiers des Pays de la Loire ! Rendez-vous à la finale nationale. Fiers de vous ! #Apprentissage #Olympiades',
      x: 'Or et bronze en installation thermique pour deux apprentis Ardelys de Nantes aux Olympiades des métiers ! #Apprentissage',
    },
  },
  {
    key: 'audit-energetique-grandes-entreprises',
    title: 'Audit énergétique obligatoire : l’échéance est passée, et après ?',
    summary: 'Les grandes entreprises doivent désormais mettre en place un système de management de l’énergie ou un audit tous les quatre ans.',
    body: ['La transposition de la directive européenne sur l’efficacité énergétique change les seuils et les obligations. Nos consultants résument les options pour les entreprises concernées.'],
    category: 'programme',
    stage: 'suggested',
    network: 'idf',
    themes: ['veille-metier', 'reglementation-normes'],
    shares: {
      linkedin:
        'Audit énergétique ou ISO 50001 : les nouvelles obligations issues de la directive européenne sur l’efficacité énergétique concernent désormais plus d’entreprises. On vous explique. #Énergie #Réglementation',
    },
  },
  {
    key: 'biomasse-mont-de-marsan-retour-experience',
    title: 'Biomasse : le retour d’expérience de la chaufferie de Mont-de-Marsan',
    summary: 'Trois ans d’exploitation, un approvisionnement 100 % landais et des émissions de particules divisées par quatre.',
    body: ['Le bilan de trois saisons de chauffe montre une disponibilité de 98 % et un approvisionnement en plaquettes forestières issu à 100 % des Landes.'],
    category: 'relay',
    stage: 'suggested',
    network: 'na',
    themes: ['transition-energetique'],
    shares: {
      linkedin:
        'Trois ans après sa mise en service, la chaufferie biomasse de Mont-de-Marsan tient ses promesses : 98 % de disponibilité et du bois 100 % landais. #Biomasse #RéseauDeChaleur',
    },
  },
  {
    key: 'hospitals-energy-savings-without-new-equipment',
    title: 'How hospitals can cut energy use by 20% without new equipment',
    summary: 'Scheduling, set points and maintenance routines: quick wins measured across 15 hospitals we operate.',
    body: ['Before investing in new equipment, hospitals can save up to 20% through operations alone. Our health-sector team shares the measures that worked across 15 sites.'],
    category: 'programme',
    language: 'en',
    stage: 'suggested',
    network: 'sante',
    themes: ['veille-metier'],
    shares: {
      linkedin:
        'Hospitals can save up to 20% energy before buying any new equipment. Our health-sector team shares the operating measures that worked across 15 sites. #Healthcare #EnergyEfficiency',
    },
  },
  {
    key: 'reseau-chaleur-reze',
    title: 'Réseau de chaleur de Rezé : 3 000 logements raccordés',
    summary: 'L’extension du réseau porte à 3 000 le nombre de logements sociaux chauffés par la chaleur de récupération.',
    body: ['La nouvelle branche de 4 km dessert trois quartiers et raccorde les logements du bailleur social métropolitain, avec une baisse de 15 % de la facture de chauffage des locataires.'],
    category: 'relay',
    stage: 'in-review',
    network: 'pdl',
    themes: ['projets-realisations', 'transition-energetique'],
    shares: {
      linkedin:
        '3 000 logements sociaux de Rezé chauffés par de la chaleur de récupération, et une facture en baisse de 15 % pour les locataires. Une extension menée par notre agence de Nantes. #RéseauDeChaleur #Logement',
      x: 'Rezé : 3 000 logements sociaux raccordés au réseau de chaleur, facture des locataires en baisse de 15 %. #RéseauDeChaleur',
    },
  },
  {
    key: 'stage-troisieme-collegiens',
    title: 'Stage de 3e : nous accueillons 40 collégiens en février',
    summary: 'Une semaine pour découvrir les métiers de l’énergie, entre agence, chantier et chaufferie.',
    body: ['Pour la deuxième année, l’agence de Lyon ouvre 40 places de stage d’observation, en priorité aux élèves des collèges en réseau d’éducation prioritaire.'],
    category: 'programme',
    stage: 'in-review',
    network: 'ara',
    themes: ['rh-marque-employeur', 'vie-des-equipes'],
    valid: [0, 75],
    shares: {
      linkedin:
        'Vous avez un enfant en 3e ? L’agence Ardelys de Lyon accueille 40 collégiens en stage d’observation en février, pour découvrir les métiers de l’énergie sur le terrain. #StageDe3e #Orientation',
      facebook: 'Parents de collégiens : 40 places de stage de 3e chez Ardelys à Lyon en février, pour découvrir les métiers de l’énergie !',
    },
  },
  {
    key: 'flexibilite-electrique-industriels',
    title: 'Flexibilité électrique : effacer sa consommation, un nouveau revenu pour les industriels',
    summary: 'Décaler un process de quelques heures peut rapporter gros. Comment valoriser sa flexibilité sur les marchés.',
    body: ['Avec l’essor des renouvelables, le réseau électrique a besoin de flexibilité. Les industriels capables de moduler leur consommation peuvent être rémunérés par les mécanismes d’effacement.'],
    category: 'programme',
    stage: 'in-review',
    network: 'enr',
    themes: ['veille-metier', 'transition-energetique'],
    shares: {
      linkedin:
        'Et si votre usine gagnait de l’argent en consommant au bon moment ? La flexibilité électrique devient un vrai levier économique pour les industriels. Le décryptage de nos experts. #Flexibilité #Industrie',
    },
  },
  {
    key: 'data-center-chaleur-piscine-saint-denis',
    title: 'Saint-Denis : la chaleur d’un data center chauffe une piscine',
    summary: 'La chaleur fatale des serveurs couvre 70 % des besoins du centre aquatique voisin.',
    body: ['Nos équipes de Saint-Denis ont conçu l’échangeur et la boucle d’eau tiède qui récupèrent la chaleur des serveurs pour le bassin olympique et les vestiaires.'],
    category: 'relay',
    stage: 'in-review',
    network: 'idf',
    themes: ['projets-realisations'],
    shares: {
      linkedin:
        'Quand les serveurs chauffent les nageurs : à Saint-Denis, la chaleur d’un data center couvre 70 % des besoins d’un centre aquatique. Une boucle conçue par nos équipes franciliennes. #ChaleurFatale #DataCenter',
      x: 'Saint-Denis : un data center chauffe la piscine voisine à 70 %. La récupération de chaleur fatale, c’est concret ! #ChaleurFatale',
    },
  },
  {
    key: 'marathon-nantes-association',
    comment: 'Bravo pour l’initiative ! Pouvez-vous ajouter le nom de l’association et une photo de l’équipe (avec l’accord des coureurs) ?',
    title: 'Nos techniciens courent le marathon de Nantes pour une association',
    summary: 'Vingt collègues ont couru pour financer l’équipement d’une salle d’activité d’un foyer pour jeunes.',
    body: ['Chaque kilomètre parcouru a été abondé par l’entreprise : 8 400 € ont été reversés à l’association partenaire.'],
    category: 'programme',
    stage: 'changes-requested',
    network: 'pdl',
    themes: ['rh-marque-employeur', 'vie-des-equipes'],
    shares: {
      linkedin:
        '20 collègues, 844 km courus et 8 400 € reversés à une association nantaise. Merci à tous les coureurs d’Ardelys ! #Solidarité #Nantes',
    },
  },
  {
    key: 'qualite-air-interieur-ecoles',
    comment: 'Le fond est très bien. Merci de citer le décret de référence et de raccourcir le texte LinkedIn à trois lignes.',
    title: 'Qualité de l’air intérieur dans les écoles : ce que demande la nouvelle réglementation',
    summary: 'Mesure du CO₂, plan d’actions, autodiagnostic : les obligations des collectivités et les solutions de ventilation.',
    body: ['Depuis 2023, les établissements recevant des enfants doivent mesurer le CO₂ chaque année. Nos ingénieurs détaillent les solutions de ventilation adaptées aux bâtiments scolaires anciens.'],
    category: 'programme',
    stage: 'changes-requested',
    network: 'ara',
    themes: ['reglementation-normes'],
    shares: {
      linkedin:
        'Écoles et crèches : la mesure annuelle du CO₂ est obligatoire. Nos ingénieurs expliquent comment améliorer la ventilation des bâtiments scolaires anciens sans tout refaire. #QualitéDeLAir #Écoles',
    },
  },
  {
    key: 'photo-seminaire-lyon',
    comment: 'Un séminaire interne n’a pas vocation à être partagé à l’extérieur : gardons-le pour la newsletter interne.',
    title: 'Retour en images sur le séminaire de l’agence de Lyon',
    summary: 'Une journée de cohésion au bord du lac d’Annecy pour les 120 collaborateurs de l’agence.',
    body: ['Ateliers, randonnée et soirée : merci à toutes celles et ceux qui ont organisé cette belle journée.'],
    category: 'programme',
    stage: 'rejected',
    network: 'ara',
    themes: ['vie-des-equipes'],
    shares: {
      facebook: 'Super journée de séminaire au bord du lac d’Annecy avec toute l’agence de Lyon !',
    },
  },
  {
    key: 'tarifs-contrats-maintenance-2027',
    comment: 'Document commercial réservé aux clients : il ne peut pas être relayé par les ambassadeurs.',
    title: 'Tarifs 2027 de nos contrats de maintenance',
    summary: 'La grille tarifaire 2027 des contrats de maintenance CVC pour les clients tertiaires.',
    body: ['Document commercial réservé aux clients et aux équipes commerciales : ne pas diffuser sur les réseaux sociaux.'],
    category: 'relay',
    stage: 'rejected',
    network: 'na',
    themes: ['corporate'],
    shares: {
      linkedin: 'Découvrez nos nouveaux tarifs 2027 pour la maintenance de vos installations de chauffage et de climatisation.',
    },
  },
  {
    key: 'classement-bureaux-etudes-concurrence',
    comment: 'L’article cite nommément nos concurrents : à garder pour la veille interne, pas pour un partage public.',
    title: 'Classement des bureaux d’études : où se situe la concurrence ?',
    summary: 'Un article de presse spécialisée comparant les principaux bureaux d’études du secteur hospitalier.',
    body: ['Article externe proposé pour la veille interne : il cite nommément plusieurs concurrents et ne se prête pas à un partage par les ambassadeurs.'],
    category: 'relay',
    stage: 'rejected',
    network: 'sante',
    themes: ['veille-metier'],
    shares: {
      linkedin: 'Le classement 2026 des bureaux d’études du secteur hospitalier vient de paraître.',
    },
  },
]
