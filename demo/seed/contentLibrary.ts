import type { ContentSpec } from './contentItems.ts'

/** The shelf: content validated by the editors (ready to share) and a few archived items. */
export const contentLibrary: ContentSpec[] = [
  {
    key: 'chiffre-affaires-neuf-mois-2026',
    title: 'Ardelys dépasse 300 M€ de chiffre d’affaires sur neuf mois',
    summary:
      'Portée par la rénovation énergétique et les réseaux de chaleur, l’activité du groupe progresse de 11 % sur les neuf premiers mois de 2026.',
    body: [
      'Le groupe Ardelys a réalisé 312 M€ de chiffre d’affaires entre janvier et septembre 2026, en hausse de 11 % sur un an. Les contrats de performance énergétique et les réseaux de chaleur représentent désormais plus du tiers de l’activité.',
      'Cette croissance s’accompagne de 240 recrutements depuis le début de l’année, dont 60 alternants, dans nos quatre agences régionales.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'idf',
    themes: ['corporate', 'resultats-actualites'],
    shares: {
      linkedin:
        'Fier de faire partie d’Ardelys : 312 M€ de chiffre d’affaires sur neuf mois (+11 %), porté par la rénovation énergétique et les réseaux de chaleur. Et surtout 240 nouveaux collègues depuis janvier. La transition énergétique, ça se construit en équipe. #TransitionÉnergétique #Ingénierie',
      x: '+11 % sur neuf mois pour Ardelys : la rénovation énergétique et les réseaux de chaleur tirent la croissance, avec 240 recrutements depuis janvier. #TransitionÉnergétique',
    },
  },
  {
    key: 'reseau-chaleur-villeurbanne-est',
    title: 'Mise en service du réseau de chaleur bois-énergie de Villeurbanne-Est',
    summary:
      '18 km de réseau, 9 000 équivalents-logements raccordés et 80 % d’énergie renouvelable : le chantier mené par notre agence de Lyon est livré.',
    body: [
      'Après deux ans de travaux, le réseau de chaleur de Villeurbanne-Est alimente ses premiers bâtiments : écoles, gymnases, résidences et le nouvel hôpital de jour. La chaufferie bois-énergie couvre 80 % des besoins.',
      'Nos équipes de Lyon ont assuré la maîtrise d’œuvre complète, de l’étude de faisabilité à la mise en service, avec un objectif de 14 000 tonnes de CO₂ évitées chaque année.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'ara',
    submittedBy: 'referentLyon',
    themes: ['corporate', 'projets-realisations', 'transition-energetique'],
    valid: [-12, 45],
    shares: {
      linkedin:
        'C’est parti pour le réseau de chaleur de Villeurbanne-Est ! 18 km de canalisations, 9 000 équivalents-logements raccordés et 80 % d’énergie renouvelable. Bravo aux équipes de l’agence de Lyon qui ont porté ce projet de bout en bout. #RéseauDeChaleur #Lyon',
      x: 'Villeurbanne-Est se chauffe au bois local : 18 km de réseau, 80 % d’énergie renouvelable, 14 000 t de CO₂ évitées par an. Fier du travail de nos équipes lyonnaises ! #RéseauDeChaleur',
      facebook:
        'Les écoles et gymnases de Villeurbanne-Est sont désormais chauffés par un réseau bois-énergie conçu par nos collègues de Lyon. Une belle réalisation locale !',
    },
  },
  {
    key: 'salon-energies-territoires-lyon-2026',
    title: 'Retrouvez-nous au salon Énergies & Territoires à Lyon',
    summary:
      'Du 8 au 10 décembre, nos ingénieurs présentent nos solutions de décarbonation des collectivités sur le stand B42 à Eurexpo.',
    body: [
      'Ardelys sera présent au salon Énergies & Territoires, le rendez-vous des collectivités engagées dans la transition. Au programme sur notre stand : démonstration de notre jumeau numérique de réseau de chaleur et retours d’expérience de trois communes clientes.',
      'Invitations gratuites sur demande auprès de l’agence de Lyon.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'ara',
    themes: ['corporate'],
    valid: [-10, 17],
    shares: {
      linkedin:
        'Rendez-vous du 8 au 10 décembre au salon Énergies & Territoires à Lyon Eurexpo ! Avec mes collègues d’Ardelys, nous vous attendons sur le stand B42 pour parler réseaux de chaleur, rénovation et jumeau numérique. Écrivez-moi pour une invitation. #Collectivités #Énergie',
      x: 'Du 8 au 10 décembre, venez échanger avec les équipes Ardelys au salon Énergies & Territoires, stand B42 à Lyon Eurexpo. #Collectivités #Énergie',
    },
  },
  {
    key: 'decret-tertiaire-operat-2027',
    title: 'Décret tertiaire : ce qui change pour la déclaration 2027 sur OPERAT',
    summary:
      'Nouvelles modalités de modulation, contrôle renforcé des données : nos experts résument ce que les gestionnaires de bâtiments doivent préparer.',
    body: [
      'La campagne de déclaration 2027 sur la plateforme OPERAT introduit des contrôles de cohérence plus stricts et précise les dossiers de modulation des objectifs. Les bâtiments de plus de 1 000 m² doivent toujours viser -40 % de consommation d’ici 2030.',
      'Nos conseillers énergie proposent un diagnostic flash de conformité pour les parcs tertiaires.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'pdl',
    themes: ['veille-metier', 'reglementation-normes'],
    shares: {
      linkedin:
        'Gestionnaires de bâtiments tertiaires : la déclaration 2027 sur OPERAT arrive avec des contrôles renforcés. Objectif inchangé, -40 % de consommation d’ici 2030. Mes collègues d’Ardelys ont résumé l’essentiel en cinq points. #DécretTertiaire #Bâtiment',
      x: 'Décret tertiaire : les 5 points à préparer avant la déclaration 2027 sur OPERAT, résumés par les experts Ardelys. #DécretTertiaire',
    },
  },
  {
    key: 're2020-seuil-2028',
    title: 'RE2020 : anticiper le seuil 2028 dès la conception',
    summary:
      'Le durcissement de l’indicateur carbone en 2028 se joue dès l’esquisse : matériaux, systèmes et raccordement aux réseaux de chaleur.',
    body: [
      'En 2028, le seuil de l’indicateur Ic construction de la RE2020 se resserre de nouveau. Pour les projets déposés en 2027, anticiper ce palier évite des reprises coûteuses en phase d’exécution.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'na',
    themes: ['veille-metier', 'reglementation-normes'],
    shares: {
      linkedin:
        'RE2020 : le palier 2028 se prépare dès aujourd’hui. Choix des matériaux, systèmes bas carbone, raccordement aux réseaux de chaleur… nos bureaux d’études partagent leurs conseils pour les projets déposés en 2027. #RE2020 #Construction',
    },
  },
  {
    key: 'campagne-alternance-2027',
    title: 'Campagne alternance 2027 : 80 postes ouverts dans nos agences',
    summary:
      'Techniciens CVC, chargés d’affaires, ingénieurs énergie : 80 contrats en alternance à pourvoir pour la rentrée 2027, du CAP au diplôme d’ingénieur.',
    body: [
      'Ardelys ouvre 80 postes en alternance pour septembre 2027 à Lyon, Nantes, La Défense, Saint-Denis, Bordeaux et Pau. Chaque alternant est accompagné par un tuteur formé et 70 % de nos alternants se voient proposer un poste à l’issue de leur contrat.',
      'Les candidatures sont ouvertes jusqu’au 31 mars sur notre site carrières.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'idf',
    themes: ['rh-marque-employeur', 'recrutement-alternance'],
    valid: [-7, 120],
    shares: {
      linkedin:
        'Vous connaissez un(e) jeune qui veut travailler dans la transition énergétique ? Ardelys recrute 80 alternants pour la rentrée 2027 : techniciens CVC, chargés d’affaires, ingénieurs énergie. 70 % de nos alternants restent chez nous à la fin de leur contrat. Partagez autour de vous ! #Alternance #Recrutement',
      x: '80 contrats en alternance pour la rentrée 2027 chez Ardelys, du CAP au diplôme d’ingénieur, dans six villes. Candidatures ouvertes jusqu’au 31 mars ! #Alternance',
      facebook:
        'Ardelys recrute 80 alternants pour septembre 2027 à Lyon, Nantes, Paris, Bordeaux et Pau. Un bon plan à faire passer aux étudiants de votre entourage !',
    },
  },
  {
    key: 'portrait-lea-technicienne-cvc',
    title: '« Mon métier change la ville » : Léa, technicienne CVC à Nantes',
    summary:
      'Entrée en alternance il y a quatre ans, Léa pilote aujourd’hui la maintenance de 40 bâtiments publics de la métropole nantaise.',
    body: [
      'Léa a rejoint l’agence de Nantes en BTS Fluides, énergies, domotique. Aujourd’hui technicienne confirmée, elle suit les chaufferies et la ventilation de 40 écoles et équipements sportifs.',
      '« Quand une école consomme 25 % de moins après nos réglages, je sais pourquoi je me lève le matin. »',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'pdl',
    submittedBy: 'referentNantes',
    themes: ['rh-marque-employeur', 'vie-des-equipes'],
    shares: {
      linkedin:
        '« Quand une école consomme 25 % de moins après nos réglages, je sais pourquoi je me lève le matin. » Rencontrez Léa, technicienne CVC à notre agence de Nantes, entrée chez Ardelys en alternance. #MétiersDeLÉnergie #Portrait',
      x: 'Entrée en alternance, Léa suit aujourd’hui 40 bâtiments publics nantais. Portrait d’une technicienne CVC qui fait baisser les consommations. #MétiersDeLÉnergie',
    },
  },
  {
    key: 'chu-angers-renovation-larrey',
    title: 'CHU d’Angers : la rénovation énergétique du bâtiment Larrey livrée',
    summary:
      'Isolation, ventilation double flux et pompes à chaleur : -45 % de consommation pour un bâtiment resté ouvert aux patients pendant tout le chantier.',
    body: [
      'Rénover un bâtiment hospitalier en activité demande une coordination de chaque instant. Pendant 14 mois, nos équipes ont travaillé par zones successives, de nuit pour les interventions sensibles, sans interrompre les soins.',
      'Le bâtiment Larrey affiche désormais une consommation réduite de 45 % et un confort d’été nettement amélioré.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'sante',
    themes: ['corporate', 'projets-realisations'],
    shares: {
      linkedin:
        'Rénover un hôpital sans fermer un seul lit : pari tenu au CHU d’Angers. -45 % de consommation sur le bâtiment Larrey après 14 mois de chantier en site occupé. Merci aux équipes soignantes pour leur confiance. #Santé #RénovationÉnergétique',
      x: 'CHU d’Angers : -45 % de consommation sur le bâtiment Larrey, rénové en 14 mois sans interrompre les soins. #Santé #RénovationÉnergétique',
    },
  },
  {
    key: 'ombrieres-photovoltaiques-nouvelle-aquitaine',
    title: 'Ombrières photovoltaïques : 12 parkings équipés en Nouvelle-Aquitaine',
    summary:
      'Avec 9 MWc installés en 2026, nos équipes bordelaises accompagnent la loi APER sur les parkings de plus de 1 500 m².',
    body: [
      'Centres commerciaux, hôpitaux, zones d’activités : douze parkings de Nouvelle-Aquitaine produisent désormais leur électricité sous des ombrières conçues et installées par l’agence de Bordeaux.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'na',
    themes: ['projets-realisations', 'transition-energetique'],
    shares: {
      linkedin:
        '12 parkings, 9 MWc, de l’ombre pour les voitures et de l’électricité locale : l’agence Ardelys de Bordeaux a bouclé une belle année sur les ombrières photovoltaïques. #Solaire #LoiAPER',
      x: '9 MWc d’ombrières photovoltaïques posées en 2026 sur 12 parkings de Nouvelle-Aquitaine par nos équipes bordelaises. #Solaire',
    },
  },
  {
    key: 'european-heat-pump-alliance',
    title: 'Ardelys joins the European Heat Pump Alliance',
    summary:
      'The group becomes a member of the European alliance promoting large heat pumps for district heating and industry.',
    body: [
      'By joining the alliance, Ardelys will share field data from its 40 large heat pump installations and contribute to European guidelines on sizing and maintenance.',
    ],
    category: 'relay',
    language: 'en',
    stage: 'approved',
    network: 'idf',
    themes: ['corporate', 'resultats-actualites'],
    shares: {
      linkedin:
        'Proud to share that Ardelys has joined the European Heat Pump Alliance. Our experience from 40 large heat pump sites will feed European guidelines for district heating and industry. #HeatPumps #EnergyTransition',
      x: 'Ardelys joins the European Heat Pump Alliance to share field data from 40 large heat pump sites. #HeatPumps',
    },
  },
  {
    key: 'district-heating-lyon-lessons',
    title: 'Five lessons from our first year of district heating in Lyon',
    summary:
      'Load forecasting, biomass supply, customer connections: what our engineers learned running a new network for a full winter.',
    body: [
      'A new district heating network rarely behaves as designed in its first winter. Our Lyon team shares five practical lessons on forecasting, supply chains and working with building managers.',
    ],
    category: 'programme',
    language: 'en',
    stage: 'approved',
    network: 'enr',
    themes: ['veille-metier', 'transition-energetique'],
    shares: {
      linkedin:
        'What does a new district heating network teach you in its first winter? Our Lyon engineers share five lessons on load forecasting, biomass supply and customer connections. #DistrictHeating #Engineering',
    },
  },
  {
    key: 'graduate-programme-2027',
    title: 'Graduate programme 2027: engineering careers in the energy transition',
    summary:
      'Twenty young engineers will rotate through three agencies in 18 months. Applications are open to international graduates.',
    body: [
      'Our graduate programme offers three six-month assignments in design, works and operations, with a mentor in each agency and French lessons for international recruits.',
    ],
    category: 'programme',
    language: 'en',
    stage: 'approved',
    network: 'idf',
    themes: ['rh-marque-employeur', 'recrutement-alternance'],
    valid: [-3, 90],
    shares: {
      linkedin:
        'Know a young engineer who wants to work on the energy transition? Ardelys is opening 20 places in its 2027 graduate programme: 18 months, three agencies, one mentor in each. International graduates welcome! #GraduateProgramme #Careers',
      x: 'Ardelys 2027 graduate programme: 20 places, 18 months, three agencies. International graduates welcome. #Careers',
    },
  },
  {
    key: 'pompes-a-chaleur-industrielles-cee-2027',
    title: 'Pompes à chaleur industrielles : le point sur les aides CEE 2027',
    summary:
      'Les certificats d’économies d’énergie financent jusqu’à 40 % d’un projet de récupération de chaleur. Ce qui évolue l’an prochain.',
    body: [
      'La sixième période des CEE modifie plusieurs fiches d’opérations standardisées utiles aux industriels, notamment pour les pompes à chaleur haute température et la récupération de chaleur fatale.',
      'Notre métier Énergies renouvelables accompagne le montage des dossiers et le chiffrage des primes.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'enr',
    themes: ['veille-metier', 'transition-energetique'],
    shares: {
      linkedin:
        'Industriels : vos projets de pompes à chaleur et de récupération de chaleur peuvent être financés jusqu’à 40 % par les CEE. Nos experts font le point sur ce qui change en 2027. #Industrie #CEE #Décarbonation',
      x: 'Pompes à chaleur industrielles : ce qui change pour les aides CEE en 2027, expliqué par les experts Ardelys. #Décarbonation',
    },
  },
  {
    key: 'journee-securite-2026',
    title: 'Journée sécurité : 2 400 collaborateurs mobilisés sur tous nos sites',
    summary:
      'Ateliers travail en hauteur, consignation électrique, premiers secours : une journée entière dédiée à la prévention, chantiers arrêtés.',
    body: [
      'Le 13 novembre, tous les chantiers Ardelys se sont arrêtés pour une journée de prévention. Plus de 180 ateliers ont été animés par nos préventeurs et nos partenaires.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'idf',
    themes: ['rh-marque-employeur', 'vie-des-equipes'],
    shares: {
      linkedin:
        'Le 13 novembre, nous avons arrêté tous nos chantiers pour une journée entière consacrée à la sécurité. 180 ateliers, 2 400 collègues mobilisés. Parce que rentrer chez soi en bonne santé chaque soir n’est pas négociable. #Sécurité #Prévention',
      facebook:
        'Journée sécurité chez Ardelys : tous les chantiers à l’arrêt pour 180 ateliers de prévention. Une belle mobilisation de toutes les équipes !',
    },
  },
  {
    key: 'rapport-rse-2026',
    title: 'Rapport RSE 2026 : -18 % d’émissions sur nos propres activités',
    summary:
      'Flotte électrifiée à 45 %, agences rénovées, achats responsables : le groupe publie ses résultats extra-financiers.',
    body: [
      'Notre rapport RSE 2026 détaille la trajectoire de réduction de nos émissions directes et indirectes, validée par l’initiative SBTi, ainsi que nos indicateurs sociaux : accidents du travail, égalité professionnelle et formation.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'idf',
    themes: ['corporate', 'resultats-actualites'],
    shares: {
      linkedin:
        'Ce que nous conseillons à nos clients, nous l’appliquons à nous-mêmes : -18 % d’émissions sur nos propres activités, une flotte électrifiée à 45 % et des agences rénovées. Le rapport RSE 2026 d’Ardelys est en ligne. #RSE #Climat',
      x: 'Rapport RSE 2026 d’Ardelys : -18 % d’émissions sur nos activités, flotte électrifiée à 45 %, trajectoire validée SBTi. #RSE',
    },
  },
  {
    key: 'webinaire-gtb-parc-tertiaire',
    title: 'Webinaire : piloter un parc tertiaire avec la GTB',
    summary:
      'Le 10 décembre à 11 h, 45 minutes pour comprendre comment la gestion technique du bâtiment aide à tenir les objectifs du décret tertiaire.',
    body: [
      'Le décret BACS impose une gestion technique aux bâtiments tertiaires équipés de systèmes de plus de 290 kW. Nos experts montrent, exemples à l’appui, comment en faire un outil de pilotage plutôt qu’une contrainte.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'ara',
    themes: ['veille-metier', 'reglementation-normes'],
    valid: [-5, 17],
    shares: {
      linkedin:
        'Décret BACS, décret tertiaire : et si la GTB devenait votre meilleur allié ? Rejoignez nos experts le 10 décembre à 11 h pour un webinaire de 45 minutes, exemples concrets à l’appui. Inscription gratuite. #GTB #Bâtiment',
      x: 'Webinaire le 10/12 à 11 h : piloter un parc tertiaire avec la GTB, avec les experts Ardelys. 45 min, gratuit. #GTB',
    },
  },
  {
    key: 'antenne-saint-nazaire',
    title: 'Ardelys ouvre une antenne à Saint-Nazaire',
    summary:
      'Une équipe de 12 personnes pour accompagner les industriels de l’estuaire et les chantiers navals dans leur décarbonation.',
    body: [
      'Rattachée à l’agence de Nantes, l’antenne de Saint-Nazaire réunit ingénieurs process et techniciens de maintenance au plus près des sites industriels de l’estuaire de la Loire.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'pdl',
    submittedBy: 'referentNantes',
    themes: ['corporate', 'resultats-actualites'],
    shares: {
      linkedin:
        'Nouvelle étape pour Ardelys en Pays de la Loire : notre antenne de Saint-Nazaire ouvre ses portes, avec 12 collègues au service des industriels de l’estuaire. Et nous recrutons ! #SaintNazaire #Industrie',
      x: 'Ardelys ouvre une antenne à Saint-Nazaire pour accompagner la décarbonation des industriels de l’estuaire. 12 postes, et ça recrute ! #SaintNazaire',
    },
  },
  {
    key: 'accord-handicap-2026-2029',
    title: 'Accord handicap 2026-2029 signé à l’unanimité',
    summary:
      'Recrutement, maintien dans l’emploi, sensibilisation des managers : le nouvel accord fixe un objectif de 7 % de collaborateurs en situation de handicap.',
    body: [
      'Signé par l’ensemble des organisations syndicales, l’accord prévoit un budget de 1,2 M€ sur trois ans pour l’aménagement des postes, la formation et les partenariats avec les écoles inclusives.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'idf',
    themes: ['rh-marque-employeur', 'vie-des-equipes'],
    shares: {
      linkedin:
        'Un accord handicap signé à l’unanimité chez Ardelys, avec un objectif clair : 7 % de collègues en situation de handicap d’ici 2029 et 1,2 M€ pour les aménagements de poste et la formation. #Handicap #Inclusion',
    },
  },
  {
    key: 'geothermie-lycee-bordeaux',
    title: 'Géothermie de surface : un lycée bordelais chauffé par son sous-sol',
    summary:
      '48 sondes à 100 mètres de profondeur chauffent et rafraîchissent les 12 000 m² du lycée Montesquieu rénové.',
    body: [
      'Le chantier de rénovation du lycée a été l’occasion de remplacer la chaudière fioul par une géothermie sur sondes, couplée à des pompes à chaleur réversibles.',
      'Résultat : 85 % d’énergie renouvelable et un confort d’été enfin assuré dans les salles exposées au sud.',
    ],
    category: 'relay',
    stage: 'approved',
    network: 'na',
    submittedBy: 'referentBordeaux',
    themes: ['projets-realisations', 'transition-energetique'],
    shares: {
      linkedin:
        'Adieu le fioul : le lycée Montesquieu de Bordeaux se chauffe et se rafraîchit grâce à 48 sondes géothermiques. 85 % d’énergie renouvelable, et des salles enfin vivables en juin. Bravo à l’équipe de l’agence de Bordeaux ! #Géothermie',
      x: '48 sondes géothermiques à 100 m : le lycée Montesquieu de Bordeaux passe du fioul à 85 % d’énergie renouvelable. #Géothermie',
      facebook:
        'Le lycée Montesquieu de Bordeaux chauffé par la géothermie : un beau chantier de nos collègues bordelais, pour le confort des élèves hiver comme été.',
    },
  },
  {
    key: 'cooptation-150-recrutements',
    title: 'Cooptation : recommandez vos talents, nous recrutons 150 personnes d’ici juin',
    summary:
      'Techniciens, chefs de chantier, ingénieurs : chaque recommandation retenue est récompensée par une prime de 1 000 €.',
    body: [
      'Nos collaborateurs sont nos meilleurs recruteurs : un tiers de nos embauches de 2026 sont issues de la cooptation. Les offres ouvertes sont à retrouver sur notre site carrières.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'ara',
    themes: ['rh-marque-employeur', 'recrutement-alternance'],
    valid: [-14, 200],
    shares: {
      linkedin:
        'Ardelys recrute 150 personnes d’ici juin : techniciens CVC, chefs de chantier, ingénieurs énergie, chargés d’affaires. Vous cherchez un métier utile ? Écrivez-moi, je vous parle de mon quotidien avec plaisir. #Recrutement #Énergie',
      x: '150 postes à pourvoir chez Ardelys d’ici juin : techniciens, chefs de chantier, ingénieurs. Un métier utile pour le climat, ça vous tente ? #Recrutement',
    },
  },
  {
    key: 'hydrogene-mobilite-lourde',
    title: 'Hydrogène vert : où en sont les projets de mobilité lourde en France ?',
    summary:
      'Bus, bennes, poids lourds : un état des lieux des stations et des projets, et ce qu’ils demandent en ingénierie.',
    body: [
      'Après l’enthousiasme des premières annonces, les projets de mobilité hydrogène se concentrent sur les usages lourds et les flottes captives. Notre veille recense 60 stations en service ou en construction.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'enr',
    themes: ['veille-metier', 'transition-energetique'],
    shares: {
      linkedin:
        'Hydrogène vert et mobilité lourde : 60 stations en service ou en chantier en France, mais des modèles économiques encore fragiles. Notre veille fait le point, sans enthousiasme excessif ni pessimisme. #Hydrogène #Mobilité',
      x: 'Hydrogène et mobilité lourde en France : 60 stations, des flottes captives et beaucoup de questions. Le point de notre veille. #Hydrogène',
    },
  },
  {
    key: 'blocs-operatoires-traitement-air',
    title: 'Blocs opératoires : maîtriser le traitement d’air sans exploser la facture',
    summary:
      'Modulation des débits hors activité, récupération d’énergie : jusqu’à 30 % d’économies sans compromis sur l’asepsie.',
    body: [
      'Le traitement d’air des blocs opératoires représente souvent le premier poste de consommation d’un hôpital. La modulation des débits la nuit et le week-end, encadrée par la norme NF S 90-351, permet des économies importantes.',
    ],
    category: 'programme',
    stage: 'approved',
    network: 'sante',
    submittedBy: 'referentBordeaux',
    themes: ['veille-metier', 'reglementation-normes'],
    shares: {
      linkedin:
        'Dans un hôpital, le traitement d’air des blocs opératoires est souvent le premier poste de consommation. Bonne nouvelle : moduler les débits hors activité permet jusqu’à 30 % d’économies, dans le respect de la NF S 90-351. #Santé #Efficacité',
    },
  },
  {
    key: 'voeux-2026-presidente',
    title: 'Vœux 2026 : le message de notre présidente',
    summary: 'Bilan d’une année record et cap sur 2026 : la vidéo des vœux de la présidente du groupe.',
    body: ['Dans ses vœux, la présidente remercie les équipes pour une année 2025 record et présente les trois priorités de 2026 : sécurité, recrutement et décarbonation de nos propres activités.'],
    category: 'relay',
    stage: 'archived',
    network: 'idf',
    themes: ['corporate'],
    valid: [-330, -300],
    shares: {
      linkedin:
        'Sécurité, recrutement, décarbonation : trois priorités pour 2026 chez Ardelys. Belle année à toutes et à tous ! #Vœux2026',
    },
  },
  {
    key: 'forum-ecoles-nantes-octobre',
    title: 'Forum écoles d’ingénieurs : rendez-vous le 15 octobre à Nantes',
    summary: 'Nos ingénieurs et alternants accueillent les étudiants sur notre stand du forum de Centrale Nantes.',
    body: ['Venez découvrir nos métiers et nos offres de stages et d’alternance auprès de celles et ceux qui les exercent au quotidien.'],
    category: 'programme',
    stage: 'archived',
    network: 'pdl',
    themes: ['rh-marque-employeur', 'recrutement-alternance'],
    valid: [-60, -39],
    shares: {
      x: 'Étudiants ingénieurs, rendez-vous le 15 octobre au forum de Centrale Nantes pour rencontrer les équipes Ardelys ! #Alternance',
    },
  },
  {
    key: 'journees-patrimoine-chaufferie-part-dieu',
    title: 'Journées du patrimoine : visitez la chaufferie de la Part-Dieu',
    summary: 'Les 19 et 20 septembre, nos équipes ouvrent les portes d’une chaufferie urbaine centenaire et modernisée.',
    body: ['Visites guidées toutes les heures, sur inscription, pour découvrir comment un réseau de chaleur alimente le quartier d’affaires lyonnais.'],
    category: 'relay',
    stage: 'archived',
    network: 'ara',
    themes: ['corporate', 'projets-realisations'],
    valid: [-80, -63],
    shares: {
      linkedin:
        'Les 19 et 20 septembre, découvrez les coulisses du réseau de chaleur de la Part-Dieu avec nos équipes lyonnaises. Visites gratuites sur inscription. #JournéesDuPatrimoine',
      facebook: 'Envie de découvrir une chaufferie centenaire ? Visites gratuites les 19 et 20 septembre à Lyon Part-Dieu !',
    },
  },
  {
    key: 'summer-interns-solar-site',
    title: 'Summer intern stories: three weeks on a solar site',
    summary: 'Three international interns tell us about their summer building a solar carport near Pau.',
    body: ['From safety briefings to commissioning day, our summer interns share what they learned on site with the Pau team.'],
    category: 'programme',
    language: 'en',
    stage: 'archived',
    network: 'na',
    themes: ['rh-marque-employeur', 'vie-des-equipes'],
    valid: [-120, -60],
    shares: {
      linkedin:
        'Three weeks, one solar carport, three international interns: read their summer stories from our Pau agency. #Internship #Solar',
    },
  },
]
